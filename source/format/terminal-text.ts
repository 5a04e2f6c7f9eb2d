import {redact} from './redact.js';

// Text from outside (the Web API, the accounts service, the login callback, the user's own
// arguments echoed back) must never steer the terminal: a name carrying ESC ] 0;…BEL would retitle
// it, ESC[2J would clear it, backspaces and carriage returns would rewrite what is on screen, and
// bidi overrides would reorder what the user reads.

// An escape sequence as terminals read one: CSI (ESC [ … final), OSC / DCS / SOS / PM / APC strings up
// to their terminator (BEL or ESC \), or ESC with one more character. C1 forms (U+009B, U+009D, …) too.
const escapeSequence =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is matched.
	/\u001B\[[0-?]*[ -/]*[@-~]?|\u009B[0-?]*[ -/]*[@-~]?|[\u001B][\]PX^_][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\s\S]?/g;

// C0 controls, DEL and C1 controls; bidi embeddings, overrides and isolates (LRM/RLM/ALM stay:
// they only nudge neutral characters, and right-to-left names need them).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is matched.
const unsafeCharacter = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is matched.
const anyUnsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// The same but for line breaks, which multi-line text keeps: most of it then passes at once.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is matched.
const anyUnsafeButLineBreaks = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` made safe to print: escape sequences are dropped whole, other control characters are shown
 * as their visible symbol (␛, ␇, ␈, …), bidi overrides are dropped, and line breaks and tabs become
 * spaces, unless `multiline` keeps line breaks (for our own multi-line messages).
 */
export function terminalSafe(text: string, {multiline = false}: {multiline?: boolean} = {}): string {
	if (!(multiline ? anyUnsafeButLineBreaks : anyUnsafe).test(text)) {
		return text;
	}

	return text.replace(escapeSequence, '').replace(unsafeCharacter, (character) => {
		if (character === '\n') {
			return multiline ? '\n' : ' ';
		}

		if (character === '\t' || character === '\r') {
			return ' ';
		}

		const code = character.codePointAt(0) ?? 0;
		if (code < 0x20) {
			return String.fromCodePoint(0x2400 + code);
		}

		if (code === 0x7f) {
			return '\u2421';
		}

		// C1 controls have no symbols of their own; bidi overrides are invisible by nature.
		return code <= 0x9f ? '\uFFFD' : '';
	});
}

const longestEcho = 200;

/**
 * Outside text inside one of our sentences, such as a server's own message: made terminal-safe and
 * cut to about 200 characters, so a pasted megabyte or a hostile name cannot take over the line.
 * Secrets it repeats are redacted first, so the 200 characters are the server's words.
 */
export function excerpt(text: string): string {
	const safe = terminalSafe(redact(text));
	if (safe.length <= longestEcho) {
		return safe;
	}

	const characters = [...safe];
	return characters.length > longestEcho ? `${characters.slice(0, longestEcho).join('')}…` : safe;
}

/** A value from outside echoed in one of our sentences (a query, an argument, a config value): quoted, as `excerpt`. */
export function quoted(value: string): string {
	return `"${excerpt(value)}"`;
}

// JSON.stringify escapes C0 controls; these it leaves raw, and a terminal may still act on them.
const unsafeInJson = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON for stdout, two-space indented with a trailing newline: exact, and safe on a terminal. */
export function jsonText(value: unknown): string {
	return `${safeJson(JSON.stringify(value, null, 2))}\n`;
}

/** One JSON value on one line, for a stream of them (`now --follow --json`). */
export function jsonLine(value: unknown): string {
	return `${safeJson(JSON.stringify(value))}\n`;
}

function safeJson(text: string): string {
	return text.replace(
		unsafeInJson,
		(character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
	);
}
