import {newList} from './list-state.js';
import {nextSearchKind, type SearchKind, searchResultLists} from './search-kinds.js';
import {pushList} from './state-updates.js';
import {currentScreen, type UiState} from './ui-state.js';

/** The results of a search of `kind`, opened from the search box, the other kinds a Tab away. */
export function openSearchResults(state: UiState, query: string, kind: SearchKind): UiState {
	return pushList(
		state,
		{kind: searchResultLists[kind], subject: {query}},
		{from: 'search', tabs: {query, kind, kept: {}}},
	);
}

/** Tab on search results: the next kind's, as it was left or loaded now; this kind's kept as it is. */
export function nextResults(state: UiState): UiState {
	const screen = currentScreen(state);
	if (screen.kind !== 'list' || screen.tabs === undefined) {
		return state;
	}

	const {query, kind, kept} = screen.tabs;
	const next = nextSearchKind(kind);
	const shown = kept[next];
	const list = shown ?? newList(state.nextId, {kind: searchResultLists[next], subject: {query}});
	const {[next]: _taken, ...others} = {...kept, [kind]: screen.list};
	return {
		...state,
		nextId: shown === undefined ? state.nextId + 1 : state.nextId,
		stack: [...state.stack.slice(0, -1), {kind: 'list', list, tabs: {query, kind: next, kept: others}}],
	};
}

/** Tab in the search box: what Enter will search for. */
export function nextSearchBoxKind(state: UiState): UiState {
	return {...state, search: {...state.search, kind: nextSearchKind(state.search.kind)}};
}
