import {type Dispatch, useCallback, useReducer, useRef} from 'react';

/**
 * useReducer whose latest state can be read at once: keys that arrive together (Down and Enter
 * in one read) are handled before React renders again, and Enter must act on the row Down chose.
 */
export function useSyncedReducer<State, Action>(
	reducer: (state: State, action: Action) => State,
	initial: State,
): [State, Dispatch<Action>, () => State] {
	const [state, dispatchToReact] = useReducer(reducer, initial);
	const latest = useRef(state);
	const dispatch = useCallback(
		(action: Action) => {
			latest.current = reducer(latest.current, action);
			dispatchToReact(action);
		},
		[reducer],
	);
	const read = useCallback(() => latest.current, []);
	return [state, dispatch, read];
}
