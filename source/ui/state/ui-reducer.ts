import {parseReference, spotifyUri} from '../../spotify/spotify-reference.js';
import type {KeyPress} from '../keys/key-press.js';
import {isOpenableLink} from '../keys/key-press.js';
import {commandFor, helpLines, type KeyCommand, type KeyContext} from '../keys/keymap.js';
import {contentHeight, isTooSmall, listPageRows} from '../layout.js';
import type {NewList, PlayTarget} from '../lists/catalog-list.js';
import {catalogList} from '../lists/catalog-lists.js';
import {
	clearFilter,
	editFilter,
	keepFilter,
	type ListState,
	moveSelection,
	newList,
	pageFailed,
	pageLoaded,
	retryPages,
	shownItem,
	startFilter,
	typeInFilter,
} from './list-state.js';
import {commandForKey, enqueue, expectedFacts, playbackRead, settle} from './player-state.js';
import {editField, emptyField, fieldWith, insertText} from './text-field.js';
import type {UiAction} from './ui-action.js';
import {currentScreen, recentLimit, type Screen, type UiState} from './ui-state.js';

const needsLogin =
	'Browsing only: playback needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
const noActiveDevice = 'No Spotify device is active: choose one to play on.';

/** The one reducer: every key and every answer, applied in order to the latest state. */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'key': {
			return reduceKey(state, action.press);
		}

		case 'paste': {
			return reducePaste(state, action.text);
		}

		case 'resize': {
			return {...state, size: action.size};
		}

		case 'page-loaded': {
			// The answer is for the list with this id, whose kind made the request.
			return updateList(state, action.listId, (list) => pageLoaded(list, action.span, action.page as never));
		}

		case 'page-failed': {
			return updateList(state, action.listId, (list) => pageFailed(list, action.span, action.error));
		}

		case 'playback': {
			return {
				...state,
				player: playbackRead(state.player, action.playback, {
					at: action.at,
					settledBefore: action.settledBefore,
				}),
			};
		}

		case 'rate-limited': {
			return {...state, player: {...state.player, waitUntil: action.until}};
		}

		case 'command-done': {
			const settled = {...state, player: settle(state.player, action.id, {failed: false})};
			return state.status?.kind === 'error' ? {...settled, status: undefined} : settled;
		}

		case 'command-failed': {
			const command = state.player.queue[0];
			const settled = {...state, player: settle(state.player, action.id, {failed: true})};
			if (command?.id !== action.id) {
				return state;
			}

			if (action.noDevice && command.deviceId === undefined) {
				return openDevices(
					{...settled, player: {...settled.player, waitingForDevice: command}},
					noActiveDevice,
				);
			}

			return withStatus(settled, 'error', action.error);
		}

		case 'status-expired': {
			return state.status?.id === action.id ? {...state, status: undefined} : state;
		}

		case 'history-loaded': {
			const recent = [...new Set([...state.search.recent, ...action.recent])].slice(0, recentLimit);
			const loaded = {...state, search: {...state.search, recent}};
			return action.note === undefined ? loaded : withStatus(loaded, 'info', action.note);
		}
	}
}

/** Where keys go now. */
export function keyContext(state: UiState): KeyContext {
	if (state.overlay.kind !== 'none') {
		return state.overlay.kind;
	}

	const screen = currentScreen(state);
	if (screen.kind === 'search') {
		return 'search';
	}

	return screen.list.filtering ? 'filter' : 'list';
}

function reduceKey(state: UiState, press: KeyPress): UiState {
	const context = keyContext(state);
	const command = commandFor(context, press.name);
	// While the terminal is too small nothing shows what a key would do; only quitting works.
	if (isTooSmall(state.size) && press.name !== 'ctrl+c') {
		return state;
	}

	if (command === undefined) {
		return press.text !== undefined && (context === 'search' || context === 'filter')
			? typeText(clearStatus(state), press.text)
			: state;
	}

	const next = runCommand(state, context, command);
	return next === state || next.status !== state.status ? next : clearStatus(next);
}

function reducePaste(state: UiState, text: string): UiState {
	const context = keyContext(state);
	if (isTooSmall(state.size) || context === 'help' || context === 'devices') {
		return state;
	}

	if (isOpenableLink(text.trim())) {
		return openReference(clearStatus(state), text.trim());
	}

	return context === 'list' ? state : typeText(state, text.trimEnd());
}

function typeText(state: UiState, text: string): UiState {
	const screen = currentScreen(state);
	if (screen.kind === 'list') {
		return withList(state, typeInFilter(screen.list, text));
	}

	return {
		...state,
		search: {...state.search, field: insertText(state.search.field, text), recentIndex: undefined},
	};
}

function runCommand(state: UiState, context: KeyContext, command: KeyCommand): UiState {
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

			const field = editField(state.search.field, command.edit);
			return field === state.search.field ? state : {...state, search: {...state.search, field}};
		}

		case 'recall': {
			return recall(state, command.by);
		}

		case 'submit': {
			return submitSearch(state);
		}
	}
}

function openRow(state: UiState, list: ListState): UiState {
	if (list.failed.length > 0) {
		return withList(state, retryPages(list));
	}

	const opening = openingFor(list);
	if (opening === undefined) {
		return state;
	}

	return opening.kind === 'play' ? play(state, opening.play) : pushList(state, opening.list);
}

// The declaration and the row are of the list's own kind.
function openingFor(list: ListState) {
	const declaration = catalogList(list.kind);
	const item = shownItem(list, list.selected);
	return item === undefined ? undefined : declaration.open?.(item as never, list.subject as never);
}

function playAllTarget(list: ListState): PlayTarget | undefined {
	const declaration = catalogList(list.kind);
	return declaration.playAll?.(shownItem(list, list.selected) as never, list.subject as never);
}

function pushList(state: UiState, opened: NewList, {fromRoot = false} = {}): UiState {
	const screen: Screen = {kind: 'list', list: newList(state.nextId, opened)};
	return {
		...state,
		nextId: state.nextId + 1,
		overlay: {kind: 'none'},
		// A new search (or a link) starts a new path from the search box.
		stack: fromRoot ? [{kind: 'search'}, screen] : [...state.stack, screen],
	};
}

function play(state: UiState, target: PlayTarget): UiState {
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

function submitSearch(state: UiState): UiState {
	const query = state.search.field.text.trim();
	if (query === '') {
		return state;
	}

	if (parseReference(query).kind === 'reference') {
		return openReference({...state, search: {...state.search, field: emptyField}}, query);
	}

	const recent = [query, ...state.search.recent.filter((entry) => entry !== query)].slice(0, recentLimit);
	return pushList(
		{...state, search: {field: emptyField, recent, recentIndex: undefined}},
		{kind: 'artists', subject: {query}},
		{fromRoot: true},
	);
}

function openReference(state: UiState, text: string): UiState {
	const reference = parseReference(text);
	if (reference.kind !== 'reference') {
		return state;
	}

	switch (reference.type) {
		case 'artist': {
			return pushList(state, {kind: 'albums', subject: {artistId: reference.id}}, {fromRoot: true});
		}

		case 'album': {
			return pushList(state, {kind: 'tracks', subject: {albumId: reference.id}}, {fromRoot: true});
		}

		case 'track': {
			return play(state, {trackUris: [spotifyUri('track', reference.id)]});
		}

		default: {
			return withStatus(
				state,
				'error',
				`That is a link to a ${reference.type}: musicterminal opens links to artists, albums and tracks.`,
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

function openDevices(state: UiState, reason: string | undefined): UiState {
	const list = newList(state.nextId, {kind: 'devices', subject: {}});
	return {
		...state,
		nextId: state.nextId + 1,
		overlay: {kind: 'devices', list, reason},
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

function withList(state: UiState, list: ListState): UiState {
	return updateList(state, list.id, () => list);
}

function updateList(state: UiState, id: number, update: (list: ListState) => ListState): UiState {
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

function withStatus(state: UiState, kind: 'error' | 'info', text: string): UiState {
	return {...state, status: {kind, text, id: state.nextId}, nextId: state.nextId + 1};
}

function clearStatus(state: UiState): UiState {
	return state.status === undefined ? state : {...state, status: undefined};
}
