import type {NewList, PlayTarget} from '../lists/catalog-list.js';
import {type ListState, newList} from './list-state.js';
import {enqueue} from './player-state.js';
import type {Screen, SearchTabs, UiState} from './ui-state.js';

// What the reducer's steps do to the state, shared by keys and answers.

export const needsLogin =
	'Browsing only: playback needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
export const libraryNeedsLogin =
	'Browsing only: your library needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
export const noActiveDevice = 'No Spotify device is active: choose one to play on.';

/**
 * Opens a list on top of the others. `from`: `search` starts a new path from the search box (a
 * new search, a link), `home` from the home screen (a section); `tabs` keeps a search's kinds.
 */
export function pushList(
	state: UiState,
	opened: NewList,
	{from, tabs}: {from?: 'search' | 'home' | undefined; tabs?: SearchTabs | undefined} = {},
): UiState {
	const screen: Screen = {kind: 'list', list: newList(state.nextId, opened), tabs};
	const home = state.stack[0] ?? {kind: 'search'};
	const below: readonly Screen[] =
		from === 'search' ? [home, {kind: 'search'}] : from === 'home' ? [home] : state.stack;
	return {...state, nextId: state.nextId + 1, overlay: {kind: 'none'}, stack: [...below, screen]};
}

export function play(state: UiState, target: PlayTarget): UiState {
	if (!state.canPlay) {
		return withStatus(state, 'error', needsLogin);
	}

	return {
		...state,
		player: enqueue(
			state.player,
			{action: {kind: 'play', target}, label: 'Starting playback…'},
			{isPlaying: true},
		),
	};
}

export function openDevices(state: UiState, reason: string | undefined): UiState {
	const list = newList(state.nextId, {kind: 'devices', subject: {}});
	return {
		...state,
		nextId: state.nextId + 1,
		overlay: {kind: 'devices', list, reason},
	};
}

export function withList(state: UiState, list: ListState): UiState {
	return updateList(state, list.id, () => list);
}

export function updateList(state: UiState, id: number, update: (list: ListState) => ListState): UiState {
	if (state.overlay.kind === 'devices' && state.overlay.list.id === id) {
		return {...state, overlay: {...state.overlay, list: update(state.overlay.list)}};
	}

	const at = state.stack.findIndex((screen) => screen.kind === 'list' && screen.list.id === id);
	const screen = state.stack[at];
	if (screen?.kind !== 'list') {
		return state;
	}

	const stack = [...state.stack];
	stack[at] = {...screen, list: update(screen.list)};
	return {...state, stack};
}

export function withStatus(state: UiState, kind: 'error' | 'info', text: string): UiState {
	return {...state, status: {kind, text, id: state.nextId}, nextId: state.nextId + 1};
}

export function clearStatus(state: UiState): UiState {
	return state.status === undefined ? state : {...state, status: undefined};
}
