import {parseReference, spotifyUri} from '../../spotify/spotify-reference.js';
import {helpLines, type KeyCommand, type KeyContext} from '../keys/keymap.js';
import {contentHeight, listPageRows} from '../layout.js';
import type {PlayTarget} from '../lists/catalog-list.js';
import {catalogList} from '../lists/catalog-lists.js';
import {
	goHome,
	likeSelected,
	openPlaying,
	openSection,
	openSeekPrompt,
	queueSelected,
	reloadList,
	seekBy,
	submitSeek,
} from './library-keys.js';
import {
	clearFilter,
	editFilter,
	keepFilter,
	type ListState,
	moveSelection,
	retryPages,
	shownItem,
	startFilter,
} from './list-state.js';
import {commandForKey, enqueue, expectedFacts} from './player-state.js';
import {nextResults, nextSearchBoxKind, openSearchResults} from './search-tabs.js';
import {
	libraryNeedsLogin,
	needsLogin,
	openDevices,
	play,
	pushList,
	withList,
	withStatus,
} from './state-updates.js';
import {editField, emptyField, fieldWith} from './text-field.js';
import {currentScreen, recentLimit, type UiState} from './ui-state.js';

/** What a key's command does to the state where the user is; `key` is the key pressed. */
export function runCommand(state: UiState, context: KeyContext, command: KeyCommand, key: string): UiState {
	const screen = currentScreen(state);
	const list = screen.kind === 'list' ? screen.list : undefined;
	switch (command.do) {
		case 'quit': {
			return {...state, quitting: true};
		}

		case 'move': {
			if (state.overlay.kind === 'devices') {
				return {
					...state,
					overlay: {...state.overlay, list: moveSelection(state.overlay.list, command.move, 1)},
				};
			}

			return list === undefined
				? state
				: withList(state, moveSelection(list, command.move, listPageRows(state.size)));
		}

		case 'open': {
			return list === undefined ? state : openRow(state, list);
		}

		case 'back': {
			return state.stack.length > 1 ? {...state, stack: state.stack.slice(0, -1)} : state;
		}

		case 'play-all': {
			if (list === undefined) {
				return state;
			}

			const target = playAllTarget(list);
			return target === undefined ? state : play(state, target);
		}

		case 'new-search': {
			return {
				...state,
				stack: [...state.stack, {kind: 'search'}],
				search: {...state.search, field: emptyField, recentIndex: undefined},
			};
		}

		case 'filter': {
			return list === undefined ? state : withList(state, startFilter(list));
		}

		case 'keep-filter': {
			return list === undefined ? state : withList(state, keepFilter(list));
		}

		case 'clear-filter': {
			return list === undefined ? state : withList(state, clearFilter(list));
		}

		case 'help': {
			return {...state, overlay: {kind: 'help', offset: 0}};
		}

		case 'scroll': {
			if (state.overlay.kind !== 'help') {
				return state;
			}

			const hidden = Math.max(0, helpLines().length - (contentHeight(state.size) - 1));
			const offset = Math.max(0, Math.min(hidden, state.overlay.offset + command.by));
			return offset === state.overlay.offset ? state : {...state, overlay: {kind: 'help', offset}};
		}

		case 'close': {
			return {...state, overlay: {kind: 'none'}, player: {...state.player, waitingForDevice: undefined}};
		}

		case 'devices': {
			return state.canPlay ? openDevices(state, undefined) : withStatus(state, 'error', needsLogin);
		}

		case 'choose': {
			return chooseDevice(state);
		}

		case 'player': {
			if (!state.canPlay) {
				return withStatus(state, 'error', needsLogin);
			}

			const command_ = commandForKey(state.player, command.key);
			if ('problem' in command_) {
				return withStatus(state, 'error', command_.problem);
			}

			return {...state, player: enqueue(state.player, command_, command_.expected)};
		}

		case 'edit': {
			if (context === 'filter' && list !== undefined) {
				return withList(state, editFilter(list, command.edit));
			}

			if (state.overlay.kind === 'seek') {
				return {...state, overlay: {kind: 'seek', field: editField(state.overlay.field, command.edit)}};
			}

			const field = editField(state.search.field, command.edit);
			return field === state.search.field ? state : {...state, search: {...state.search, field}};
		}

		case 'recall': {
			return recall(state, command.by);
		}

		case 'submit': {
			return submitSearch(state);
		}

		case 'tab': {
			return context === 'search' ? nextSearchBoxKind(state) : nextResults(state);
		}

		case 'section': {
			return openSection(state, key);
		}

		case 'home': {
			return goHome(state);
		}

		case 'queue': {
			return queueSelected(state, list);
		}

		case 'like': {
			return likeSelected(state, list);
		}

		case 'seek': {
			return seekBy(state, command.byMs);
		}

		case 'seek-prompt': {
			return openSeekPrompt(state);
		}

		case 'submit-seek': {
			return submitSeek(state);
		}

		case 'playing': {
			return openPlaying(state, command.open);
		}

		case 'reload': {
			return reloadList(state, list);
		}
	}
}

function openRow(state: UiState, list: ListState): UiState {
	if (list.failed.length > 0) {
		return list.retryable ? withList(state, retryPages(list)) : state;
	}

	const opening = openingFor(list);
	switch (opening?.kind) {
		case undefined: {
			return state;
		}

		case 'play': {
			return play(state, opening.play);
		}

		case 'search': {
			return {...state, stack: [...state.stack, {kind: 'search'}]};
		}

		case 'list': {
			const needs = catalogList(opening.list.kind).needsLogin === true;
			return needs && !state.canPlay
				? withStatus(state, 'error', libraryNeedsLogin)
				: pushList(state, opening.list);
		}
	}
}

/** The rows loaded, and where the selected one is among them. */
function loadedRows(list: ListState) {
	const item = shownItem(list, list.selected);
	return {item, rows: {items: list.items, index: item === undefined ? 0 : list.items.indexOf(item as never)}};
}

// The declaration and the row are of the list's own kind.
function openingFor(list: ListState) {
	const declaration = catalogList(list.kind);
	const {item, rows} = loadedRows(list);
	return item === undefined
		? undefined
		: declaration.open?.(item as never, list.subject as never, rows as never);
}

function playAllTarget(list: ListState): PlayTarget | undefined {
	const declaration = catalogList(list.kind);
	const {item, rows} = loadedRows(list);
	return declaration.playAll?.(item as never, list.subject as never, rows as never);
}

function submitSearch(state: UiState): UiState {
	const query = state.search.field.text.trim();
	if (query === '') {
		return state;
	}

	if (parseReference(query).kind === 'reference') {
		return openReference({...state, search: {...state.search, field: emptyField}}, query);
	}

	const recent = [query, ...state.search.recent.filter((entry) => entry !== query)].slice(0, recentLimit);
	return openSearchResults(
		{...state, search: {...state.search, field: emptyField, recent, recentIndex: undefined}},
		query,
		state.search.kind,
	);
}

export function openReference(state: UiState, text: string): UiState {
	const reference = parseReference(text);
	if (reference.kind !== 'reference') {
		return state;
	}

	switch (reference.type) {
		case 'artist': {
			return pushList(state, {kind: 'albums', subject: {artistId: reference.id}}, {from: 'search'});
		}

		case 'album': {
			return pushList(state, {kind: 'tracks', subject: {albumId: reference.id}}, {from: 'search'});
		}

		case 'track': {
			return play(state, {trackUris: [spotifyUri('track', reference.id)]});
		}

		case 'playlist': {
			return state.canPlay
				? pushList(state, {kind: 'playlist-items', subject: {playlistId: reference.id}}, {from: 'search'})
				: withStatus(state, 'error', libraryNeedsLogin);
		}

		default: {
			return withStatus(
				state,
				'error',
				`That is a link to a ${reference.type}: musicterminal opens links to artists, albums, tracks and playlists.`,
			);
		}
	}
}

function recall(state: UiState, by: 1 | -1): UiState {
	const {recent, recentIndex} = state.search;
	if (recent.length === 0) {
		return state;
	}

	const index = Math.min(recent.length - 1, Math.max(-1, (recentIndex ?? -1) + by));
	return {
		...state,
		search: {
			...state.search,
			recentIndex: index === -1 ? undefined : index,
			field: index === -1 ? emptyField : fieldWith(recent[index] ?? ''),
		},
	};
}

function chooseDevice(state: UiState): UiState {
	if (state.overlay.kind !== 'devices') {
		return state;
	}

	const {list} = state.overlay;
	if (list.kind !== 'devices') {
		return state;
	}

	if (list.failed.length > 0) {
		return {...state, overlay: {...state.overlay, list: retryPages(list)}};
	}

	const device = shownItem(list, list.selected);
	if (device === undefined) {
		// None yet: look again, as the empty picker says.
		return list.inFlight.length > 0 ? state : openDevices(state, state.overlay.reason);
	}

	if (device.id === null || device.is_restricted) {
		return withStatus(state, 'error', `${device.name} cannot be controlled remotely: choose another device.`);
	}

	const waiting = state.player.waitingForDevice;
	const closed: UiState = {
		...state,
		overlay: {kind: 'none'},
		player: {...state.player, waitingForDevice: undefined},
	};
	if (waiting !== undefined) {
		return {
			...closed,
			player: enqueue(closed.player, {action: waiting.action, label: waiting.label, deviceId: device.id}),
		};
	}

	const move = {kind: 'transfer' as const, deviceId: device.id, play: expectedFacts(state.player).isPlaying};
	return {
		...closed,
		player: enqueue(closed.player, {action: move, label: `Moving playback to ${device.name}…`}),
	};
}
