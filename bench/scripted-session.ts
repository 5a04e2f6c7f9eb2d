import {setTimeout as delay} from 'node:timers/promises';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';
import {peakResidentBytes, residentBySource} from './measure.js';
import {openAlbum} from './terminal-walk.js';

export type SessionFigures = {
	/** The app's peak resident memory in bytes (VmHWM), read just before it quits. */
	readonly peakRss: number | undefined;
	/** Its resident memory then, by source: pages of files (node's executable) and the rest. */
	readonly residentBySource: {fromFiles: number; anonymous: number} | undefined;
	/** Requests from the search to the track playing, the player's own polling left out. */
	readonly sessionRequests: number;
	/** Requests while going back from the tracks to the search, the same way. */
	readonly backRequests: readonly string[];
	/** GET /me/player calls on the app's timer over the whole session. */
	readonly polls: number;
};

const playerPoll = (method: string, path: string) => method === 'GET' && path === '/v1/me/player';

/**
 * The built CLI in a real terminal against `sandbox`, logged in through a config of its own, as a
 * person uses it: search an artist, open their albums, filter to `albumName`, open it, play the
 * first track; then Esc back to the search, and quit.
 */
export async function runScriptedSession(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string},
): Promise<SessionFigures> {
	const {home, configPath, remove} = await loggedInHome(sandbox);
	let terminal: Terminal | undefined;
	try {
		sandbox.traffic.reset();
		const requests = () =>
			sandbox.traffic.records
				.filter(({method, path}) => !playerPoll(method, path))
				.map(({method, path}) => `${method} ${path}`);
		const app = startTerminal(process.execPath, [cli, '--config', configPath], {
			env: {XDG_CONFIG_HOME: home},
		});
		terminal = app;
		// Every track loaded, so the requests counted are the session's whole.
		await openAlbum(app, walk);
		app.press('enter');
		await app.waitFor(/▶ \S/);
		// The bar can show the track before the play request has its answer.
		await until(() => requests().includes('PUT /v1/me/player/play'), 'the play request');
		const sessionRequests = requests().length;

		app.press('escape');
		await app.waitFor(/ALBUM\s+YEAR/);
		app.press('escape');
		await app.waitFor(/ARTIST/);
		app.press('escape');
		await app.waitFor('Recent searches');
		const backRequests = requests().slice(sessionRequests);
		const peakRss = peakResidentBytes(app.pid);
		const bySource = residentBySource(app.pid);
		const polls = sandbox.traffic.records.filter(({method, path}) => playerPoll(method, path)).length;
		app.press('ctrl-c');
		await app.exit();
		return {peakRss, residentBySource: bySource, sessionRequests, backRequests, polls};
	} finally {
		terminal?.dispose();
		await remove();
	}
}

async function until(done: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
	const deadline = performance.now() + timeoutMs;
	while (!done()) {
		if (performance.now() > deadline) {
			throw new Error(`${what} did not come in ${timeoutMs} ms`);
		}

		await delay(10);
	}
}
