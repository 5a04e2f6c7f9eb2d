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

		return {type: 'ignore'};
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
		if (key.return) {
			return {type: 'ui', action: {type: 'filter', on: false}};
		}

		if (key.escape) {
			return {type: 'ui', action: {type: 'back'}};
		}

		if (backspace) {
			return {type: 'ui', action: {type: 'erase'}};
		}

		return key.upArrow || key.downArrow || key.pageUp || key.pageDown ? undefined : typed(input, key);
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
 * Input as single keys: text that arrived in one read with line breaks in it (pasted, or typed
 * faster than it is read) becomes the text, then Enter, and so on.
 */
export function splitInput(input: string, key: Key): Array<{input: string; key: Key}> {
	if (input.length <= 1 || !/[\r\n]/.test(input)) {
		return [{input, key}];
	}

	return input
		.split(/\r\n|\r|\n/)
		.flatMap((part, index, parts) => [
			...(part === '' ? [] : [{input: part, key: noKey}]),
			...(index < parts.length - 1 ? [{input: '\r', key: {...noKey, return: true}}] : []),
		]);
}
