import {catalogList} from '../lists/catalog-lists.js';
import {expectedFacts} from '../state/player-state.js';
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

/** The keys that matter where the user is, for the status line. */
export function hintFor(state: UiState): string {
	const context = keyContext(state);
	const screen = currentScreen(state);
	switch (context) {
		case 'search': {
			return [
				`${keyFor('search', 'submit')} search`,
				state.search.recent.length > 0 ? '↑/↓ earlier searches' : undefined,
				state.stack.length > 1 ? `${keyFor('search', 'back')} back` : undefined,
				`${keyFor('search', 'quit')} quit`,
			]
				.filter((part) => part !== undefined)
				.join(' · ');
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
			return [
				enter,
				`${keyFor('list', 'back', (keys) => keys.find((key) => key === 'left') ?? keys[0] ?? '')} back`,
				`${keyFor('list', 'new-search')} search`,
				`${keyFor('list', 'filter')} filter`,
				state.canPlay ? `${keyFor('list', 'devices')} devices` : undefined,
				state.canPlay ? `${keyFor('list', 'player')} ${playing ? 'pause' : 'play'}` : undefined,
				`${keyFor('list', 'help')} help`,
				`${keyFor('list', 'quit')} quit`,
			]
				.filter((part) => part !== undefined)
				.join(' · ');
		}
	}
}
