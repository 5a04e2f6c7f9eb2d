/** Where a list stands: which row is chosen, and the filter typed with `f`. */
export type ListPosition = {readonly selected: number; readonly filter: string};

/** One screen of the navigation stack; going back pops it and finds the one below as it was left. */
export type Screen =
	| {readonly kind: 'search'}
	| {readonly kind: 'artists'; readonly query: string; readonly position: ListPosition}
	| {
			readonly kind: 'albums';
			readonly artist: {readonly id: string; readonly name: string};
			readonly position: ListPosition;
	  }
	| {
			readonly kind: 'tracks';
			readonly album: {readonly id: string; readonly name: string};
			readonly position: ListPosition;
	  };

export type ListScreen = Exclude<Screen, {kind: 'search'}>;

export type Overlay =
	| {readonly kind: 'none'}
	| {readonly kind: 'help'; readonly offset: number}
	/** `reason` says why it opened by itself (no active device); the chosen device then gets the play that failed. */
	| {readonly kind: 'devices'; readonly selected: number; readonly reason?: string | undefined};

export type UiState = {
	readonly stack: readonly Screen[];
	/** The search box's text. */
	readonly query: string;
	/** Earlier searches, newest first; ↑/↓ on the search screen walk them. */
	readonly recent: readonly string[];
	readonly recentIndex: number | undefined;
	/** Typing goes to the list's filter. */
	readonly filtering: boolean;
	readonly overlay: Overlay;
};

export type UiAction =
	| {readonly type: 'type'; readonly text: string}
	| {readonly type: 'erase'}
	| {readonly type: 'recall'; readonly by: 1 | -1}
	| {readonly type: 'search'; readonly query: string}
	| {readonly type: 'open'; readonly screen: ListScreen}
	| {readonly type: 'back'}
	| {readonly type: 'new-search'}
	/** `by` rows, or to the first or last; `count` is how many rows the list shows now. */
	| {readonly type: 'move'; readonly by: number | 'first' | 'last'; readonly count: number}
	| {readonly type: 'filter'; readonly on: boolean}
	| {readonly type: 'help'}
	/** Scrolls the help when it is taller than the screen; `hidden` is how many lines do not fit. */
	| {readonly type: 'help-scroll'; readonly by: number; readonly hidden: number}
	| {readonly type: 'devices'; readonly reason?: string | undefined}
	| {readonly type: 'device-move'; readonly by: number; readonly count: number}
	| {readonly type: 'close-overlay'};

const recentLimit = 10;

export const initialUiState: UiState = {
	stack: [{kind: 'search'}],
	query: '',
	recent: [],
	recentIndex: undefined,
	filtering: false,
	overlay: {kind: 'none'},
};

export function currentScreen(state: UiState): Screen {
	return state.stack.at(-1) ?? {kind: 'search'};
}

export function uiReducer(state: UiState, action: UiAction): UiState {
	const screen = currentScreen(state);
	switch (action.type) {
		case 'type': {
			if (state.filtering && screen.kind !== 'search') {
				return withPosition(state, {selected: 0, filter: screen.position.filter + action.text});
			}

			return screen.kind === 'search'
				? {...state, query: state.query + action.text, recentIndex: undefined}
				: state;
		}

		case 'erase': {
			if (state.filtering && screen.kind !== 'search') {
				return withPosition(state, {selected: 0, filter: [...screen.position.filter].slice(0, -1).join('')});
			}

			return screen.kind === 'search' ? {...state, query: [...state.query].slice(0, -1).join('')} : state;
		}

		case 'recall': {
			if (state.recent.length === 0) {
				return state;
			}

			const index = Math.min(state.recent.length - 1, Math.max(-1, (state.recentIndex ?? -1) + action.by));
			return index === -1
				? {...state, recentIndex: undefined, query: ''}
				: {...state, recentIndex: index, query: state.recent[index] ?? ''};
		}

		case 'search': {
			const recent = [action.query, ...state.recent.filter((query) => query !== action.query)].slice(
				0,
				recentLimit,
			);
			return {
				...state,
				recent,
				recentIndex: undefined,
				query: '',
				filtering: false,
				stack: [...state.stack, {kind: 'artists', query: action.query, position: {selected: 0, filter: ''}}],
			};
		}

		case 'open': {
			return {...state, filtering: false, stack: [...state.stack, action.screen]};
		}

		case 'back': {
			if (state.overlay.kind !== 'none') {
				return {...state, overlay: {kind: 'none'}};
			}

			if (state.filtering && screen.kind !== 'search') {
				return withPosition({...state, filtering: false}, {selected: 0, filter: ''});
			}

			return state.stack.length > 1 ? {...state, stack: state.stack.slice(0, -1)} : state;
		}

		case 'new-search': {
			return {...state, filtering: false, overlay: {kind: 'none'}, stack: [...state.stack, {kind: 'search'}]};
		}

		case 'move': {
			if (screen.kind === 'search') {
				return state;
			}

			const {selected} = screen.position;
			const to = action.by === 'first' ? 0 : action.by === 'last' ? action.count - 1 : selected + action.by;
			return withPosition(state, {...screen.position, selected: clampIndex(to, action.count)});
		}

		case 'filter': {
			if (screen.kind === 'search') {
				return state;
			}

			return action.on
				? withPosition({...state, filtering: true}, {selected: 0, filter: ''})
				: {...state, filtering: false};
		}

		case 'help': {
			return {...state, overlay: state.overlay.kind === 'help' ? {kind: 'none'} : {kind: 'help', offset: 0}};
		}

		case 'help-scroll': {
			return state.overlay.kind === 'help'
				? {
						...state,
						overlay: {
							kind: 'help',
							offset: Math.max(0, Math.min(action.hidden, state.overlay.offset + action.by)),
						},
					}
				: state;
		}

		case 'devices': {
			return {...state, overlay: {kind: 'devices', selected: 0, reason: action.reason}};
		}

		case 'device-move': {
			return state.overlay.kind === 'devices'
				? {
						...state,
						overlay: {
							...state.overlay,
							selected: clampIndex(state.overlay.selected + action.by, action.count),
						},
					}
				: state;
		}

		case 'close-overlay': {
			return {...state, overlay: {kind: 'none'}};
		}
	}
}

function withPosition(state: UiState, position: ListPosition): UiState {
	const screen = currentScreen(state);
	if (screen.kind === 'search') {
		return state;
	}

	return {...state, stack: [...state.stack.slice(0, -1), {...screen, position}]};
}

function clampIndex(index: number, count: number): number {
	return Math.max(0, Math.min(count - 1, index));
}
