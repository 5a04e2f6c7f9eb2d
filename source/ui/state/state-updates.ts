import type {NewList, PlayTarget} from '../lists/catalog-list.js';
import {type ListState, newList} from './list-state.js';
import {enqueue} from './player-state.js';
import type {Screen, UiState} from './ui-state.js';

// What the reducer's steps do to the state, shared by keys and answers.

export const needsLogin =
	'Browsing only: playback needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
export const noActiveDevice = 'No Spotify device is active: choose one to play on.';

export function pushList(state: UiState, opened: NewList, {fromRoot = false} = {}): UiState {
	const screen: Screen = {kind: 'list', list: newList(state.nextId, opened)};
	return {
		...state,
		nextId: state.nextId + 1,
		overlay: {kind: 'none'},
		// A new search (or a link) starts a new path from the search box.
		stack: fromRoot ? [{kind: 'search'}, screen] : [...state.stack, screen],
	};
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
	stack[at] = {kind: 'list', list: update(screen.list)};
	return {...state, stack};
}

export function withStatus(state: UiState, kind: 'error' | 'info', text: string): UiState {
	return {...state, status: {kind, text, id: state.nextId}, nextId: state.nextId + 1};
}

export function clearStatus(state: UiState): UiState {
	return state.status === undefined ? state : {...state, status: undefined};
}
