import type {KeyPress} from '../keys/key-press.js';
import {isOpenableLink} from '../keys/key-press.js';
import {commandFor, type KeyContext} from '../keys/keymap.js';
import {isTooSmall} from '../layout.js';
import {openReference, runCommand} from './key-commands.js';
import {pageFailed, pageLoaded, typeInFilter} from './list-state.js';
import {playbackRead, settle} from './player-state.js';
import {clearStatus, noActiveDevice, openDevices, updateList, withList, withStatus} from './state-updates.js';
import {insertText} from './text-field.js';
import type {UiAction} from './ui-action.js';
import {currentScreen, recentLimit, type UiState} from './ui-state.js';

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
