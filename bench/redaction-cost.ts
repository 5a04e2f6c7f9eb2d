import {randomBytes} from 'node:crypto';
import {join} from 'node:path';
import {TokenStore} from '../source/auth/token-store.js';
import {Redactor} from '../source/format/redact.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';
import {openAlbum, selectedTrack} from './terminal-walk.js';

const movesRecorded = 200;
const repeats = 50;

export type RedactionCost = {
	/** Milliseconds to redact one frame, for each frame recorded. */
	readonly unknownSecrets: number[];
	readonly knownSecrets: number[];
	readonly charactersPerFrame: number;
};

/**
 * What the built CLI wrote to the terminal for each ↓ through the box set's tracks, then how long
 * the redactor takes over each of those frames: knowing no secret, and knowing the session's (its
 * client secret and Basic credentials, refresh token, access token and ten previous ones).
 */
export async function timeRedactionPerFrame(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string},
): Promise<RedactionCost> {
	const {home, configPath, remove} = await loggedInHome(sandbox);
	let terminal: Terminal | undefined;
	const frames: string[] = [];
	try {
		const app = startTerminal(process.execPath, [cli, '--config', configPath], {
			env: {XDG_CONFIG_HOME: home},
		});
		terminal = app;
		await openAlbum(app, walk);
		for (let row = 2; row <= movesRecorded + 1; row += 1) {
			const before = app.written().length;
			app.press('down');
			await app.shownAt(selectedTrack(row));
			frames.push(app.written().slice(before));
		}

		app.press('ctrl-c');
		await app.exit();
		const session = new TokenStore({directory: join(home, 'musicterminal')}).read();
		const known = new Redactor();
		for (const secret of [
			sandbox.app.clientSecret,
			Buffer.from(`${sandbox.app.clientId}:${sandbox.app.clientSecret}`).toString('base64'),
			session?.refreshToken,
			session?.accessToken,
			...Array.from({length: 10}, () => `BQ${randomBytes(150).toString('base64url')}`),
		]) {
			known.remember(secret);
		}

		return {
			unknownSecrets: timeEach(new Redactor(), frames),
			knownSecrets: timeEach(known, frames),
			charactersPerFrame: frames.reduce((sum, frame) => sum + frame.length, 0) / frames.length,
		};
	} finally {
		terminal?.dispose();
		await remove();
	}
}

/** Each frame redacted `repeats` times after a warm-up; the mean of those, per frame. */
function timeEach(redactor: Redactor, frames: readonly string[]): number[] {
	for (const frame of frames) {
		redactor.redact(frame);
	}

	return frames.map((frame) => {
		const started = performance.now();
		for (let round = 0; round < repeats; round += 1) {
			redactor.redact(frame);
		}

		return (performance.now() - started) / repeats;
	});
}
