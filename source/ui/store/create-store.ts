export type Store<State, Action> = {
	getState(): State;
	/** Reduces `action` against the latest state at once; listeners hear of a change. */
	dispatch(action: Action): void;
	subscribe(listener: () => void): () => void;
};

/** A reducer's state outside React, for useSyncExternalStore and for the services. */
export function createStore<State, Action>(
	reducer: (state: State, action: Action) => State,
	initial: State,
): Store<State, Action> {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(action) {
			const next = reducer(state, action);
			if (next === state) {
				return;
			}

			state = next;
			for (const listener of [...listeners]) {
				listener();
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}

/** Calls `onChange` with the selected part of the state whenever it changes, and once at the start. */
export function watch<State, Action, Part>(
	store: Store<State, Action>,
	select: (state: State) => Part,
	onChange: (part: Part, state: State) => void,
): () => void {
	let last = select(store.getState());
	onChange(last, store.getState());
	return store.subscribe(() => {
		const state = store.getState();
		const part = select(state);
		if (part !== last) {
			last = part;
			onChange(part, state);
		}
	});
}
