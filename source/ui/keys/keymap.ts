import type {Move} from '../state/list-state.js';
import type {PlayerKey} from '../state/player-state.js';
import type {TextEdit} from '../state/text-field.js';

/** Where the keys go: decides which part of the keymap applies. */
export type KeyContext = 'search' | 'filter' | 'list' | 'help' | 'devices' | 'seek';

/** What a key does; the reducer carries it out against the latest state. */
export type KeyCommand =
	| {readonly do: 'move'; readonly move: Move}
	| {readonly do: 'open' | 'back' | 'play-all' | 'new-search' | 'filter' | 'help' | 'quit' | 'devices'}
	| {readonly do: 'player'; readonly key: PlayerKey}
	| {readonly do: 'edit'; readonly edit: TextEdit}
	| {readonly do: 'submit' | 'keep-filter' | 'clear-filter' | 'close' | 'choose' | 'submit-seek'}
	| {readonly do: 'recall' | 'scroll'; readonly by: 1 | -1}
	/** The digit pressed opens the home's section of that number. */
	| {readonly do: 'section'}
	| {readonly do: 'home' | 'tab' | 'queue' | 'like' | 'seek-prompt' | 'reload'}
	| {readonly do: 'seek'; readonly byMs: number}
	| {readonly do: 'playing'; readonly open: 'album' | 'artist'};

export type Binding = {
	readonly contexts: readonly KeyContext[];
	readonly keys: readonly string[];
	readonly command: KeyCommand;
	/** The line in the help; bindings without one are left out of it. */
	readonly help?: string;
	/** How the help writes the keys, where listing them all would not do: `1-9`. */
	readonly keysLabel?: string;
};

const anyText: readonly KeyContext[] = ['search', 'filter', 'seek'];
const seekStepMs = 10_000;

const textEditing: readonly Binding[] = [
	{contexts: anyText, keys: ['left'], command: {do: 'edit', edit: 'left'}},
	{contexts: anyText, keys: ['right'], command: {do: 'edit', edit: 'right'}},
	{contexts: anyText, keys: ['home', 'ctrl+a'], command: {do: 'edit', edit: 'start'}},
	{contexts: anyText, keys: ['end', 'ctrl+e'], command: {do: 'edit', edit: 'end'}},
	{contexts: anyText, keys: ['backspace'], command: {do: 'edit', edit: 'erase'}},
	{contexts: anyText, keys: ['delete', 'ctrl+d'], command: {do: 'edit', edit: 'erase-forward'}},
	{contexts: anyText, keys: ['ctrl+u'], command: {do: 'edit', edit: 'erase-to-start'}},
	{contexts: anyText, keys: ['ctrl+w'], command: {do: 'edit', edit: 'erase-word'}},
];

/**
 * Every key, where it works and what it does: the one table the reducer, the help and the hints
 * read. In the search box and the filter, keys not listed here type.
 */
export const keymap: readonly Binding[] = [
	// Lists.
	{contexts: ['list', 'filter'], keys: ['up'], command: {do: 'move', move: 'up'}},
	{contexts: ['list', 'filter'], keys: ['down'], command: {do: 'move', move: 'down'}},
	{contexts: ['list'], keys: ['k'], command: {do: 'move', move: 'up'}, help: 'move up (↑ too)'},
	{contexts: ['list'], keys: ['j'], command: {do: 'move', move: 'down'}, help: 'move down (↓ too)'},
	{contexts: ['list', 'filter'], keys: ['pageup'], command: {do: 'move', move: 'page-up'}, help: 'a page up'},
	{
		contexts: ['list', 'filter'],
		keys: ['pagedown'],
		command: {do: 'move', move: 'page-down'},
		help: 'a page down',
	},
	{contexts: ['list'], keys: ['g', 'home'], command: {do: 'move', move: 'first'}, help: 'first row'},
	{
		contexts: ['list'],
		keys: ['G', 'end'],
		command: {do: 'move', move: 'last'},
		help: 'last row, loading the rest of the list',
	},
	{
		contexts: ['list'],
		keys: ['enter', 'right', 'l'],
		command: {do: 'open'},
		help: 'open; on a track, play its album from there',
	},
	{
		contexts: ['list'],
		keys: ['left', 'escape', 'backspace', 'h'],
		command: {do: 'back'},
		help: 'back, to the list as you left it',
	},
	{
		contexts: ['list'],
		keys: ['a'],
		command: {do: 'play-all'},
		help: 'play it all: the album, playlist or artist from its start',
	},
	{contexts: ['list'], keys: ['/'], command: {do: 'new-search'}, help: 'new search'},
	{
		contexts: ['list'],
		keys: ['f'],
		command: {do: 'filter'},
		help: 'filter the list as you type (accents optional)',
	},
	{contexts: ['list'], keys: ['d'], command: {do: 'devices'}, help: 'devices: choose where to play'},
	{
		contexts: ['list'],
		keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
		command: {do: 'section'},
		keysLabel: '1-9',
		help: 'a section of the home (1 search, 2 Liked Songs … 8 queue, 9 now playing)',
	},
	{contexts: ['list'], keys: ['0'], command: {do: 'home'}, help: 'home'},
	{
		contexts: ['list'],
		keys: ['tab'],
		command: {do: 'tab'},
		help: 'search results: the next kind (artists, albums, tracks, playlists)',
	},
	{
		contexts: ['list'],
		keys: ['e'],
		command: {do: 'queue'},
		help: 'add the track, episode, album or playlist to the queue',
	},
	{
		contexts: ['list'],
		keys: ['L'],
		command: {do: 'like'},
		help: 'save to or remove from your library (♥ marks saved rows)',
	},
	{contexts: ['list'], keys: ['o'], command: {do: 'playing', open: 'album'}, help: 'the album of what plays'},
	{
		contexts: ['list'],
		keys: ['O'],
		command: {do: 'playing', open: 'artist'},
		help: 'the artist of what plays',
	},
	{contexts: ['list'], keys: ['<', ','], command: {do: 'seek', byMs: -seekStepMs}, help: 'back 10 seconds'},
	{contexts: ['list'], keys: ['>', '.'], command: {do: 'seek', byMs: seekStepMs}, help: 'on 10 seconds'},
	{contexts: ['list'], keys: ['t'], command: {do: 'seek-prompt'}, help: 'go to a time in what plays (1:23)'},
	{contexts: ['list'], keys: ['ctrl+r'], command: {do: 'reload'}, help: 'read the list again from Spotify'},
	{contexts: ['list'], keys: ['space'], command: {do: 'player', key: 'toggle'}, help: 'pause / play'},
	{contexts: ['list'], keys: ['n'], command: {do: 'player', key: 'next'}, help: 'next track'},
	{contexts: ['list'], keys: ['p'], command: {do: 'player', key: 'previous'}, help: 'previous track'},
	{contexts: ['list'], keys: ['+', '='], command: {do: 'player', key: 'louder'}, help: 'volume up by 5'},
	{contexts: ['list'], keys: ['-'], command: {do: 'player', key: 'quieter'}, help: 'volume down by 5'},
	{contexts: ['list'], keys: ['s'], command: {do: 'player', key: 'shuffle'}, help: 'shuffle on / off'},
	{
		contexts: ['list'],
		keys: ['r'],
		command: {do: 'player', key: 'repeat'},
		help: 'repeat off → the album or playlist → the track',
	},
	{contexts: ['list'], keys: ['?'], command: {do: 'help'}, help: 'this help'},
	{contexts: ['list'], keys: ['q'], command: {do: 'quit'}, help: 'quit (Ctrl-C too, on every screen)'},
	// The search box.
	{
		contexts: ['search'],
		keys: ['enter'],
		command: {do: 'submit'},
		help: 'search; a pasted Spotify link opens it',
	},
	{contexts: ['search'], keys: ['escape'], command: {do: 'back'}},
	{
		contexts: ['search'],
		keys: ['tab'],
		command: {do: 'tab'},
		help: 'search for artists, albums, tracks or playlists',
	},
	{contexts: ['search'], keys: ['up'], command: {do: 'recall', by: 1}, help: 'earlier searches (↓ back)'},
	{contexts: ['search'], keys: ['down'], command: {do: 'recall', by: -1}},
	// The filter.
	{contexts: ['filter'], keys: ['enter'], command: {do: 'keep-filter'}},
	{contexts: ['filter'], keys: ['escape'], command: {do: 'clear-filter'}},
	...textEditing,
	// The time to seek to.
	{contexts: ['seek'], keys: ['enter'], command: {do: 'submit-seek'}},
	{contexts: ['seek'], keys: ['escape'], command: {do: 'close'}},
	// Overlays.
	{contexts: ['help'], keys: ['escape', 'backspace', '?', 'q'], command: {do: 'close'}},
	{contexts: ['help'], keys: ['up', 'k'], command: {do: 'scroll', by: -1}},
	{contexts: ['help'], keys: ['down', 'j'], command: {do: 'scroll', by: 1}},
	{contexts: ['devices'], keys: ['up', 'k'], command: {do: 'move', move: 'up'}},
	{contexts: ['devices'], keys: ['down', 'j'], command: {do: 'move', move: 'down'}},
	{contexts: ['devices'], keys: ['enter'], command: {do: 'choose'}},
	{contexts: ['devices'], keys: ['escape', 'backspace', 'left', 'h'], command: {do: 'close'}},
	{
		contexts: ['search', 'filter', 'list', 'help', 'devices', 'seek'],
		keys: ['ctrl+c'],
		command: {do: 'quit'},
	},
];

const index = new Map<string, KeyCommand>();
for (const binding of keymap) {
	for (const context of binding.contexts) {
		for (const key of binding.keys) {
			const name = `${context} ${key}`;
			if (index.has(name)) {
				throw new Error(`the keymap binds ${key} twice in ${context}`);
			}

			index.set(name, binding.command);
		}
	}
}

/** What `key` does in `context`; undefined when it does nothing there (or types, in a text field). */
export function commandFor(context: KeyContext, key: string): KeyCommand | undefined {
	return index.get(`${context} ${key}`);
}

const keyLabels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
	delete: 'Delete',
	space: 'space',
	tab: 'Tab',
};

/** A key as the help and the hints write it: `↑`, `Esc`, `Ctrl-W`, `g`. */
export function keyLabel(key: string): string {
	if (key.startsWith('ctrl+')) {
		return `Ctrl-${key.slice(5).toUpperCase()}`;
	}

	return keyLabels[key] ?? key;
}

export type HelpLine = {readonly keys: string; readonly text: string};

/** The help, from the keymap: the list's keys, then the search box's and the text fields' own. */
export function helpLines(): HelpLine[] {
	const lines = keymap
		.filter((binding) => binding.help !== undefined)
		.map((binding) => ({
			keys: binding.keysLabel ?? binding.keys.map((key) => keyLabel(key)).join(' '),
			text: binding.help ?? '',
		}));
	return [
		...lines,
		{keys: '← → Home End', text: 'move in the search box, the filter or the time (Ctrl-A, Ctrl-E too)'},
		{keys: 'Delete Ctrl-D', text: 'erase the character under the cursor'},
		{keys: 'Ctrl-U Ctrl-W', text: 'erase to the start, erase a word'},
	];
}
