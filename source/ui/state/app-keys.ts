import type {Key} from 'ink';
import type {Screen, UiAction, UiState} from './ui-state.js';

export type PlayerKey =
	| 'toggle'
	| 'next'
	| 'previous'
	| 'louder'
	| 'quieter'
	| 'shuffle'
	| 'repeat'
	| 'devices';

/** What a key means where the user is; lists add their own moves (useListKeys). */
export type AppKeyAction =
	| {readonly type: 'quit'}
	| {readonly type: 'ui'; readonly action: UiAction}
	| {readonly type: 'player'; readonly key: PlayerKey}
	| {readonly type: 'ignore'};

const playerKeys: Record<string, PlayerKey> = {
	' ': 'toggle',
	n: 'next',
	p: 'previous',
	'+': 'louder',
	'=': 'louder',
	'-': 'quieter',
	s: 'shuffle',
	r: 'repeat',
	d: 'devices',
};

/** The app-wide meaning of a key; undefined when it is not the app's to handle. */
export function appKeyAction(
	state: UiState,
	screen: Screen,
	input: string,
	key: Key,
	/** Lines of help that do not fit on the screen, for scrolling it. */
	helpHidden = 0,
): AppKeyAction | undefined {
	if (key.ctrl && input === 'c') {
		return {type: 'quit'};
	}

	const backspace = key.backspace || key.delete;
	if (state.overlay.kind !== 'none') {
		if (key.escape || backspace || (state.overlay.kind === 'help' && (input === '?' || input === 'q'))) {
			return {type: 'ui', action: {type: 'close-overlay'}};
		}

		if (state.overlay.kind === 'help' && (key.upArrow || key.downArrow || input === 'j' || input === 'k')) {
			const by = key.upArrow || input === 'k' ? -1 : 1;
			return {type: 'ui', action: {type: 'help-scroll', by, hidden: helpHidden}};
		}

		// The device picker's own keys; nothing else works under an overlay.
		return state.overlay.kind === 'devices' ? undefined : {type: 'ignore'};
	}

	if (screen.kind === 'search') {
		if (key.return) {
			return state.query.trim() === ''
				? {type: 'ignore'}
				: {type: 'ui', action: {type: 'search', query: state.query.trim()}};
		}

		if (key.escape) {
			return {type: 'ui', action: {type: 'back'}};
		}

		if (key.upArrow || key.downArrow) {
			return {type: 'ui', action: {type: 'recall', by: key.upArrow ? 1 : -1}};
		}

		if (backspace) {
			return {type: 'ui', action: {type: 'erase'}};
		}

		return typed(input, key);
	}

	if (state.filtering) {
		if (key.escape) {
			return {type: 'ui', action: {type: 'back'}};
		}

		if (backspace) {
			return {type: 'ui', action: {type: 'erase'}};
		}

		// Arrows, pages and Enter are the list's (useListKeys).
		return key.return || key.upArrow || key.downArrow || key.pageUp || key.pageDown
			? undefined
			: typed(input, key);
	}

	if (key.escape || backspace || input === 'h') {
		return {type: 'ui', action: {type: 'back'}};
	}

	switch (input) {
		case 'q': {
			return {type: 'quit'};
		}

		case '?': {
			return {type: 'ui', action: {type: 'help'}};
		}

		case '/': {
			return {type: 'ui', action: {type: 'new-search'}};
		}

		case 'f': {
			return {type: 'ui', action: {type: 'filter', on: true}};
		}

		default: {
			const playerKey = playerKeys[input];
			return playerKey === undefined ? undefined : {type: 'player', key: playerKey};
		}
	}
}

function typed(input: string, key: Key): AppKeyAction | undefined {
	if (key.ctrl || key.meta || key.tab || input === '' || [...input].some(isControlCharacter)) {
		return undefined;
	}

	return {type: 'ui', action: {type: 'type', text: input}};
}

function isControlCharacter(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x20 || code === 0x7f;
}

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/**
 * Input as single keys, in order: text that arrived in one read (pasted, a held key, or keys typed
 * faster than they are read) becomes one key per character, line breaks becoming Enter.
 */
export function splitInput(input: string, key: Key): Array<{input: string; key: Key}> {
	const characters = [...input.replaceAll('\r\n', '\r')];
	if (characters.length <= 1 || key.ctrl || key.meta || input.includes('\u001B')) {
		return [{input, key}];
	}

	return characters.map((character) => singleKey(character));
}

function singleKey(character: string): {input: string; key: Key} {
	switch (character) {
		case '\r':
		case '\n': {
			return {input: '\r', key: {...noKey, return: true}};
		}

		case '\t': {
			return {input: '\t', key: {...noKey, tab: true}};
		}

		case '\b':
		case '\u007F': {
			return {input: '', key: {...noKey, backspace: true}};
		}

		default: {
			const code = character.codePointAt(0) ?? 0;
			// Ctrl-letter, as Ink reports it on its own: the letter, with ctrl.
			return code < 0x20
				? {input: String.fromCodePoint(code + 0x60), key: {...noKey, ctrl: true}}
				: {input: character, key: noKey};
		}
	}
}
