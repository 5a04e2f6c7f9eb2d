import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {type RenamedSandboxOptions, withRenamedSandbox} from './renamed-sandbox.js';

/**
 * What a hostile name or message carries: a title change (OSC 0 … BEL), a screen clear, backspaces
 * that would rewrite what is on screen, a C1 CSI and NEL, and a right-to-left override.
 */
export const hostile = '\u001B]0;pwned\u0007\u001B[2J\b\b\b\u009B31m\u0085\u202Eevil';

/** The title the hostile text would give the terminal. */
export const hostileTitle = 'pwned';

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must never be printed.
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The first character a terminal would act on (every control but a line break, C1, bidi), if any. */
export function firstUnsafe(text: string): string | undefined {
	return unsafe.exec(text)?.[0];
}

/** A sandbox whose artist, album, track, genre and device names end in the hostile text. */
export function withHostileSandbox(
	options: Omit<RenamedSandboxOptions, 'suffix' | 'seed'> = {},
): () => Sandbox {
	return withRenamedSandbox({...options, suffix: hostile, seed: 1212});
}

/** Spotify's error body, with the hostile text in its message. */
export function hostileErrorBody(status: number, reason?: string) {
	return {error: {status, message: `Bad${hostile}`, ...(reason === undefined ? {} : {reason})}};
}
