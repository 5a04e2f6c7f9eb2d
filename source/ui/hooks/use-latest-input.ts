import {type Key, useInput} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';

/**
 * useInput with a handler that always sees the latest render: ink re-subscribes a changed handler
 * only once effects run, so a key pressed just after new data arrives would meet an old one.
 */
export function useLatestInput(handler: (input: string, key: Key) => void, {isActive = true} = {}): void {
	const latest = useRef(handler);
	useLayoutEffect(() => {
		latest.current = handler;
	});
	const stable = useCallback((input: string, key: Key) => {
		latest.current(input, key);
	}, []);
	useInput(stable, {isActive});
}
