import type {KeyPress} from '../../../source/ui/keys/key-press.js';
import type {CatalogPage, ItemOf, ListKind} from '../../../source/ui/lists/catalog-list.js';
import type {ListState} from '../../../source/ui/state/list-state.js';
import type {UiAction} from '../../../source/ui/state/ui-action.js';
import {uiReducer} from '../../../source/ui/state/ui-reducer.js';
import {currentScreen, initialUiState, type UiState} from '../../../source/ui/state/ui-state.js';

export const roomy = {columns: 100, rows: 30} as const;

export function startState({canPlay = true} = {}): UiState {
	return initialUiState({size: roomy, canPlay});
}

/** The state as the screen shows it: without the count of keys pressed, which every key moves on. */
export function shown(state: UiState): Omit<UiState, 'attention'> {
	const {attention: _keysCounted, ...rest} = state;
	return rest;
}

export function reduce(state: UiState, ...actions: UiAction[]): UiState {
	return actions.reduce(uiReducer, state);
}

/** The keys, by the keymap's names; a single character types it. */
export function keys(state: UiState, ...names: string[]): UiState {
	return reduce(state, ...names.map((name): UiAction => ({type: 'key', press: press(name)})));
}

export function press(name: string): KeyPress {
	if (name === 'space') {
		return {name, text: ' '};
	}

	return [...name].length === 1 ? {name, text: name} : {name};
}

export function type(state: UiState, text: string): UiState {
	return keys(state, ...[...text].map((character) => (character === ' ' ? 'space' : character)));
}

export function topList(state: UiState): ListState {
	const screen = currentScreen(state);
	if (screen.kind !== 'list') {
		throw new Error(`the top screen is ${screen.kind}, not a list`);
	}

	return screen.list;
}

export function artist(index: number): ItemOf<'artists'> {
	return {
		id: `artist${index}`,
		name: `Artist ${index}`,
		uri: `spotify:artist:artist${index}`,
		genres: [],
	};
}

export function album(index: number, name = `Album ${index}`): ItemOf<'albums'> {
	return {
		id: `album${index}`,
		name,
		uri: `spotify:album:album${index}`,
		album_type: 'album',
		release_date: '2001-01-01',
		total_tracks: 10,
		album_group: null,
		artists: [],
	};
}

export function track(index: number): ItemOf<'tracks'> {
	return {
		id: `track${index}`,
		name: `Track ${index}`,
		uri: `spotify:track:track${index}`,
		duration_ms: 1000,
		track_number: index + 1,
		disc_number: 1,
		explicit: false,
		is_local: false,
		artists: [],
	};
}

/** Answers the top list's page at `offset` with `items`, as the loader would. */
export function answer<Kind extends ListKind>(
	state: UiState,
	offset: number,
	page: CatalogPage<ItemOf<Kind>>,
): UiState {
	const list = topList(state);
	const span = list.inFlight.find((entry) => entry.offset === offset);
	if (span === undefined) {
		throw new Error(
			`the list did not ask for offset ${offset}; it asks for ${JSON.stringify(list.inFlight)}`,
		);
	}

	return reduce(state, {type: 'page-loaded', listId: list.id, span, page});
}

/** A search for `query` whose first page holds `count` artists of `total`. */
export function searched(query: string, count: number, total: number, state = startState()): UiState {
	const submitted = keys(type(state, query), 'enter');
	return answer(submitted, 0, {items: Array.from({length: count}, (_, index) => artist(index)), total});
}
