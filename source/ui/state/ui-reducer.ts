import type {KeyPress} from '../keys/key-press.js';
import {isOpenableLink} from '../keys/key-press.js';
import {commandFor, type KeyContext} from '../keys/keymap.js';
import {isTooSmall} from '../layout.js';
import {catalogList} from '../lists/catalog-lists.js';
import {openReference, runCommand} from './key-commands.js';
import {refreshFollowers} from './library-keys.js';
import {pageFailed, pageLoaded, pageProgress, typeInFilter} from './list-state.js';
import {playbackRead, seeked, settle} from './player-state.js';
import {playerFacts} from './player-view.js';
import {clearStatus, noActiveDevice, openDevices, updateList, withList, withStatus} from './state-updates.js';
import {insertText} from './text-field.js';
import type {PageAnswer, UiAction} from './ui-action.js';
import {allLists, currentScreen, recentLimit, type UiState} from './ui-state.js';

/** A key was pressed: counted, so the player is read when the user comes back after a while. */
function attended(state: UiState): UiState {
	return {...state, attention: {...state.attention, keys: state.attention.keys + 1}};
}

/** The one reducer: every key and every answer, applied in order to the latest state. */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'key': {
			return reduceKey(attended(state), action.press);
		}

		case 'paste': {
			return reducePaste(attended(state), action.text);
		}

		case 'focus': {
			return {...state, attention: {...state.attention, focus: state.attention.focus + 1}};
		}

		case 'resize': {
			return {...state, size: action.size};
		}

		case 'page-loaded': {
			// The answer is for the list with this id, whose kind made the request.
			const loaded = updateList(state, action.listId, (list) =>
				pageLoaded(list, action.span, action.page as never),
			);
			return markSavedRows(loaded, action.listId, action.page);
		}

		case 'page-progress': {
			return updateList(state, action.listId, (list) =>
				pageProgress(list, action.span, action.page as never),
			);
		}

		case 'page-failed': {
			return updateList(state, action.listId, (list) =>
				pageFailed(list, action.span, action.error, action.retryable ?? true),
			);
		}

		case 'saved-known': {
			const saved = new Map(state.saved);
			for (const [uri, isSaved] of action.entries) {
				saved.set(uri, isSaved);
			}

			return {...state, saved};
		}

		case 'playback': {
			const before = playerFacts(state.player.playback).itemUri;
			const read = {
				...state,
				player: playbackRead(state.player, action.playback, {
					at: action.at,
					settledBefore: action.settledBefore,
				}),
			};
			// The queue and what plays are read again when the item changes.
			return playerFacts(action.playback).itemUri === before ? read : refreshFollowers(read);
		}

		case 'rate-limited': {
			return {...state, player: {...state.player, waitUntil: action.until}};
		}

		case 'command-done': {
			const command = state.player.queue[0];
			const player = settle(state.player, action.id, {failed: false});
			const settled = {
				...state,
				player: action.seekedTo === undefined ? player : seeked(player, action.seekedTo),
			};
			const cleared = state.status?.kind === 'error' ? {...settled, status: undefined} : settled;
			const told = action.note === undefined ? cleared : withStatus(cleared, 'info', action.note);
			return command?.action.kind === 'queue' && command.id === action.id ? refreshFollowers(told) : told;
		}

		case 'command-failed': {
			const command = state.player.queue[0];
			const settled = {...state, player: settle(state.player, action.id, {failed: true})};
			if (command?.id !== action.id) {
				return state;
			}

			if (command.action.kind === 'save') {
				// The mark goes back to what the library still holds.
				const saved = new Map(state.saved);
				saved.set(command.action.uri, !command.action.save);
				return withStatus({...settled, saved}, 'error', action.error);
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

/** The rows of a list whose every row is in the library (Liked Songs, saved albums) are marked so. */
function markSavedRows(state: UiState, listId: number, page: PageAnswer): UiState {
	const list = allLists(state).find((candidate) => candidate.id === listId);
	const declaration = list === undefined ? undefined : catalogList(list.kind);
	if (declaration?.allSaved !== true || declaration.savable === undefined) {
		return state;
	}

	const saved = new Map(state.saved);
	for (const item of page.items) {
		const uri = declaration.savable(item as never);
		if (uri !== undefined) {
			saved.set(uri, true);
		}
	}

	return {...state, saved};
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
		return press.text !== undefined && (context === 'search' || context === 'filter' || context === 'seek')
			? typeText(clearStatus(state), press.text)
			: state;
	}

	const next = runCommand(state, context, command, press.name);
	return next === state || next.status !== state.status ? next : clearStatus(next);
}

function reducePaste(state: UiState, text: string): UiState {
	const context = keyContext(state);
	if (isTooSmall(state.size) || context === 'help' || context === 'devices' || context === 'seek') {
		return state;
	}

	if (isOpenableLink(text.trim())) {
		return openReference(clearStatus(state), text.trim());
	}

	return context === 'list' ? state : typeText(state, text.trimEnd());
}

function typeText(state: UiState, text: string): UiState {
	if (state.overlay.kind === 'seek') {
		return {...state, overlay: {kind: 'seek', field: insertText(state.overlay.field, text)}};
	}

	const screen = currentScreen(state);
	if (screen.kind === 'list') {
		return withList(state, typeInFilter(screen.list, text));
	}

	return {
		...state,
		search: {...state.search, field: insertText(state.search.field, text), recentIndex: undefined},
	};
}
