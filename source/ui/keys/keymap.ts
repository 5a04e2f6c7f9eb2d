import type {Move} from '../state/list-state.js';
import type {PlayerKey} from '../state/player-state.js';
import type {TextEdit} from '../state/text-field.js';

/** Where the keys go: decides which part of the keymap applies. */
export type KeyContext = 'search' | 'filter' | 'list' | 'help' | 'devices';

/** What a key does; the reducer carries it out against the latest state. */
export type KeyCommand =
	| {readonly do: 'move'; readonly move: Move}
	| {readonly do: 'open' | 'back' | 'play-all' | 'new-search' | 'filter' | 'help' | 'quit' | 'devices'}
	| {readonly do: 'player'; readonly key: PlayerKey}
	| {readonly do: 'edit'; readonly edit: TextEdit}
	| {readonly do: 'submit' | 'keep-filter' | 'clear-filter' | 'close' | 'choose'}
	| {readonly do: 'recall' | 'scroll'; readonly by: 1 | -1};

export type Binding = {
	readonly contexts: readonly KeyContext[];
	readonly keys: readonly string[];
	readonly command: KeyCommand;
	/** The line in the help; bindings without one are left out of it. */
	readonly help?: string;
};

const anyText: readonly KeyContext[] = ['search', 'filter'];

const textEditing: readonly Binding[] = [
	{contexts: anyText, keys: ['left'], command: {do: 'edit', edit: 'left'}},
	{contexts: anyText, keys: ['right'], command: {do: 'edit', edit: 'right'}},
	{contexts: anyText, keys: ['home', 'ctrl+a'], command: {do: 'edit', edit: 'start'}},
	{contexts: anyText, keys: ['end', 'ctrl+e'], command: {do: 'edit', edit: 'end'}},
	{contexts: anyText, keys: ['backspace'], command: {do: 'edit', edit: 'erase'}},
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
	{contexts: ['list'], keys: ['a'], command: {do: 'play-all'}, help: 'play the album from its first track'},
	{contexts: ['list'], keys: ['/'], command: {do: 'new-search'}, help: 'new search'},
	{
		contexts: ['list'],
		keys: ['f'],
		command: {do: 'filter'},
		help: 'filter the list as you type (accents optional)',
	},
	{contexts: ['list'], keys: ['d'], command: {do: 'devices'}, help: 'devices: choose where to play'},
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
		help: 'repeat off → album → track',
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
	{contexts: ['search'], keys: ['up'], command: {do: 'recall', by: 1}, help: 'earlier searches (↓ back)'},
	{contexts: ['search'], keys: ['down'], command: {do: 'recall', by: -1}},
	// The filter.
	{contexts: ['filter'], keys: ['enter'], command: {do: 'keep-filter'}},
	{contexts: ['filter'], keys: ['escape'], command: {do: 'clear-filter'}},
	...textEditing,
	// Overlays.
	{contexts: ['help'], keys: ['escape', 'backspace', '?', 'q'], command: {do: 'close'}},
	{contexts: ['help'], keys: ['up', 'k'], command: {do: 'scroll', by: -1}},
	{contexts: ['help'], keys: ['down', 'j'], command: {do: 'scroll', by: 1}},
	{contexts: ['devices'], keys: ['up', 'k'], command: {do: 'move', move: 'up'}},
	{contexts: ['devices'], keys: ['down', 'j'], command: {do: 'move', move: 'down'}},
	{contexts: ['devices'], keys: ['enter'], command: {do: 'choose'}},
	{contexts: ['devices'], keys: ['escape', 'backspace', 'left', 'h'], command: {do: 'close'}},
	{contexts: ['search', 'filter', 'list', 'help', 'devices'], keys: ['ctrl+c'], command: {do: 'quit'}},
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
		.map((binding) => ({keys: binding.keys.map((key) => keyLabel(key)).join(' '), text: binding.help ?? ''}));
	return [
		...lines,
		{keys: '← → Home End', text: 'move in the search box or filter (Ctrl-A, Ctrl-E too)'},
		{keys: 'Ctrl-U Ctrl-W', text: 'erase to the start, erase a word'},
	];
}
