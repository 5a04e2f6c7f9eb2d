import {useCallback, useEffect, useState} from 'react';

export type LoadState<Value> = {
	readonly value: Value | undefined;
	readonly error: unknown;
	readonly loading: boolean;
	/** Loads again, as after an error. */
	readonly retry: () => void;
};

/**
 * Loads `load()` for `key`, again whenever `key` changes. The previous load is aborted then, and
 * on unmount: an answer that arrives late never replaces a newer one.
 */
export function useLoad<Value>(key: string, load: (signal: AbortSignal) => Promise<Value>): LoadState<Value> {
	const [attempt, setAttempt] = useState(0);
	const [state, setState] = useState<{key: string; value?: Value; error?: unknown; loading: boolean}>({
		key,
		loading: true,
	});

	// biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new function every render; `key` says when it asks for something else.
	useEffect(() => {
		const controller = new AbortController();
		setState({key, loading: true});
		load(controller.signal).then(
			(value) => {
				if (!controller.signal.aborted) {
					setState({key, value, loading: false});
				}
			},
			(error: unknown) => {
				if (!controller.signal.aborted) {
					setState({key, error, loading: false});
				}
			},
		);
		return () => {
			controller.abort(new Error('superseded'));
		};
	}, [key, attempt]);

	const retry = useCallback(() => {
		setAttempt((count) => count + 1);
	}, []);
	const current = state.key === key;
	return {
		value: current ? state.value : undefined,
		error: current ? state.error : undefined,
		loading: !current || state.loading,
		retry,
	};
}
