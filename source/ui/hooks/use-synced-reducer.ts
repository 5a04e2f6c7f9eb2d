import {type Dispatch, useCallback, useLayoutEffect, useReducer, useRef} from 'react';

export type SyncedReducer<State, Action> = {
	readonly state: State;
	readonly dispatch: Dispatch<Action>;
	/** The state with every action dispatched so far, rendered or not. */
	readonly latestState: () => State;
	/** Whether what is on the screen shows the latest state. */
	readonly isRendered: () => boolean;
};

/**
 * useReducer whose latest state can be read at once, and which knows when it is not drawn yet:
 * keys that arrive together (pasted, or Down and Enter in one read) are handled before React
 * renders again.
 */
export function useSyncedReducer<State, Action>(
	reducer: (state: State, action: Action) => State,
	initial: State,
): SyncedReducer<State, Action> {
	const [state, dispatchToReact] = useReducer(reducer, initial);
	const latest = useRef(state);
	const changes = useRef(0);
	const renderedChanges = useRef(0);
	const changesInThisRender = changes.current;
	useLayoutEffect(() => {
		renderedChanges.current = changesInThisRender;
	});
	const dispatch = useCallback(
		(action: Action) => {
			const next = reducer(latest.current, action);
			// React does not render again for an action that changes nothing.
			if (next !== latest.current) {
				latest.current = next;
				changes.current += 1;
			}

			dispatchToReact(action);
		},
		[reducer],
	);
	const latestState = useCallback(() => latest.current, []);
	const isRendered = useCallback(() => renderedChanges.current === changes.current, []);
	return {state, dispatch, latestState, isRendered};
}
