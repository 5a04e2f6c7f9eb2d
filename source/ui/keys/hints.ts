import {catalogList} from '../lists/catalog-lists.js';
import {shownItem} from '../state/list-state.js';
import {expectedFacts} from '../state/player-state.js';
import {nextSearchKind} from '../state/search-kinds.js';
import {keyContext} from '../state/ui-reducer.js';
import {currentScreen, type UiState} from '../state/ui-state.js';
import {type KeyCommand, type KeyContext, keyLabel, keymap} from './keymap.js';

/** The key the keymap gives first for `command` in `context`, as the hints write it. */
function keyFor(
	context: KeyContext,
	command: KeyCommand['do'],
	which?: (keys: readonly string[]) => string,
): string {
	const binding = keymap.find((entry) => entry.contexts.includes(context) && entry.command.do === command);
	const keys = binding?.keys ?? ['?'];
	return keyLabel(which?.(keys) ?? keys[0] ?? '?');
}

/** e and L, where the selected row can be queued or saved: "L unlike" on a row in the library. */
function rowHints(state: UiState): string[] {
	const screen = currentScreen(state);
	if (screen.kind !== 'list' || !state.canPlay) {
		return [];
	}

	const declaration = catalogList(screen.list.kind);
	const item = shownItem(screen.list, screen.list.selected);
	if (item === undefined) {
		return [];
	}

	const uri = declaration.savable?.(item as never);
	return [
		declaration.queueable?.(item as never) === undefined ? undefined : `${keyFor('list', 'queue')} queue`,
		uri === undefined
			? undefined
			: `${keyFor('list', 'like')} ${state.saved.get(uri) === true ? 'unlike' : 'like'}`,
	].filter((part) => part !== undefined);
}

/** The keys that matter where the user is, for the status line. */
export function hintFor(state: UiState): string {
	const context = keyContext(state);
	const screen = currentScreen(state);
	switch (context) {
		case 'search': {
			return [
				`${keyFor('search', 'submit')} search`,
				`${keyFor('search', 'tab')} ${nextSearchKind(state.search.kind)}`,
				state.search.recent.length > 0 ? '↑/↓ earlier searches' : undefined,
				state.stack.length > 1
					? `${keyFor('search', 'back')} ${state.stack.length === 2 ? 'home' : 'back'}`
					: undefined,
				`${keyFor('search', 'quit')} quit`,
			]
				.filter((part) => part !== undefined)
				.join(' · ');
		}

		case 'seek': {
			return `Type a time (1:23, or +10 / -10) · ${keyFor('seek', 'submit-seek')} go · ${keyFor('seek', 'close')} cancel`;
		}

		case 'filter': {
			return `Type to filter · ${keyFor('filter', 'keep-filter')} keep · ${keyFor('filter', 'clear-filter')} clear · ↑/↓ move`;
		}

		case 'help': {
			return `${keyFor('help', 'close')} close · ↑/↓ scroll`;
		}

		case 'devices': {
			return `↑/↓ choose · ${keyFor('devices', 'choose')} play there · ${keyFor('devices', 'close')} close`;
		}

		case 'list': {
			const enter = screen.kind === 'list' ? catalogList(screen.list.kind).enterHint : undefined;
			const playing = expectedFacts(state.player).isPlaying;
			const tabs = screen.kind === 'list' ? screen.tabs : undefined;
			const atHome = state.stack.length === 1;
			// Most useful first: where the line is too short, the status line drops from the end, but
			// for help and quit (status-line.tsx).
			return [
				enter,
				tabs === undefined ? undefined : `${keyFor('list', 'tab')} ${nextSearchKind(tabs.kind)}`,
				atHome ? '1-9 sections' : undefined,
				state.canPlay ? `${keyFor('list', 'player')} ${playing ? 'pause' : 'play'}` : undefined,
				...rowHints(state),
				atHome
					? undefined
					: `${keyFor('list', 'back', (keys) => keys.find((key) => key === 'left') ?? keys[0] ?? '')} back`,
				state.canPlay ? `${keyFor('list', 'devices')} devices` : undefined,
				`${keyFor('list', 'new-search')} search`,
				`${keyFor('list', 'filter')} filter`,
				`${keyFor('list', 'help')} help`,
				`${keyFor('list', 'quit')} quit`,
			]
				.filter((part) => part !== undefined)
				.join(' · ');
		}
	}
}
