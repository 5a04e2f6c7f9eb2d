import type {Key} from 'ink';
import {parseReference} from '../../spotify/spotify-reference.js';

/**
 * One key as the keymap names it: `up`, `enter`, `ctrl+w`, `space`, or the character typed
 * (`j`, `G`, `/`); `text` is what it types into a text field.
 */
export type KeyPress = {readonly name: string; readonly text?: string | undefined};

export type InputEvent =
	| {readonly kind: 'key'; readonly press: KeyPress}
	| {readonly kind: 'paste'; readonly text: string};

/**
 * Turns what Ink reads into keys, in order. Text that came in one read (keys typed faster than
 * they are read, or pasted where the terminal does not mark pastes) is one key per character, so a
 * burst acts as the same keys one at a time would; a Spotify link read at once is a paste.
 */
export function readKeys(input: string, key: Key): InputEvent[] {
	const named = namedKey(key);
	if (named !== undefined) {
		// Escape and a key in one read come as that key with meta: they were two keys. Ink reads
		// Esc Esc in one read as Escape with meta, and a lone Escape without.
		if (key.meta) {
			return [press('escape'), press(named)];
		}

		return [press(key.ctrl && !named.startsWith('ctrl+') ? `ctrl+${named}` : named)];
	}

	if (key.ctrl) {
		return input.length === 1 ? [press(`ctrl+${input}`)] : [];
	}

	const characters = [...input.replaceAll('\r\n', '\r')];
	if (characters.length > 1 && isOpenableLink(input)) {
		return [{kind: 'paste', text: input}];
	}

	const keys = characters.map((character) => characterKey(character));
	return key.meta ? [press('escape'), ...keys] : keys;
}

function press(name: string, text?: string): InputEvent {
	return {kind: 'key', press: text === undefined ? {name} : {name, text}};
}

function namedKey(key: Key): string | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.tab) return 'tab';
	if (key.backspace) return 'backspace';
	// The Delete key (ESC [ 3 ~); Ink 7 and later tell it from Backspace (DEL).
	if (key.delete) return 'delete';
	return undefined;
}

function characterKey(character: string): InputEvent {
	switch (character) {
		case '\r':
		case '\n': {
			return press('enter');
		}

		case '\t': {
			return press('tab');
		}

		case '\b':
		case '\u007F': {
			return press('backspace');
		}

		case ' ': {
			return press('space', ' ');
		}

		default: {
			const code = character.codePointAt(0) ?? 0;
			// A control character in a run of text: Ctrl and its letter, as Ink reports it alone.
			if (code < 0x20) {
				return press(`ctrl+${String.fromCodePoint(code + 0x60)}`);
			}

			return press(character, character);
		}
	}
}

/** A link or URI of an artist, album, track or playlist: what a paste opens. */
export function isOpenableLink(text: string): boolean {
	const parsed = parseReference(text);
	return parsed.kind === 'reference' && ['artist', 'album', 'track', 'playlist'].includes(parsed.type);
}
