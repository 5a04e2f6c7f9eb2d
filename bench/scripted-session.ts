import {readFileSync} from 'node:fs';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';

export type SessionFigures = {
	/** The app's peak resident memory in bytes (VmHWM), read just before it quits. */
	readonly peakRss: number | undefined;
	/** Requests from the search to the track playing, the player's own polling left out. */
	readonly sessionRequests: number;
	/** Requests while going back from the tracks to the search, the same way. */
	readonly backRequests: number;
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
	{artistQuery, albumName}: {artistQuery: string; albumName: string},
): Promise<SessionFigures> {
	const {home, configPath, remove} = await loggedInHome(sandbox);
	let terminal: Terminal | undefined;
	try {
		sandbox.traffic.reset();
		const requests = () =>
			sandbox.traffic.records.filter(({method, path}) => !playerPoll(method, path)).length;
		const app = startTerminal(process.execPath, [cli, '--config', configPath], {
			env: {XDG_CONFIG_HOME: home},
		});
		terminal = app;
		await app.waitFor('Search artists:');
		app.write(`${artistQuery}\r`);
		await app.waitFor(/^› \S/m);
		app.press('enter');
		await app.waitFor(/ALBUM\s+YEAR/);
		app.write(`f${albumName.slice(0, 30)}\r`);
		await app.waitFor(albumName.slice(0, 30));
		app.press('enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
		app.press('enter');
		await app.waitFor(/▶ \S/);
		const sessionRequests = requests();

		app.press('escape');
		await app.waitFor(/ALBUM\s+YEAR/);
		app.press('escape');
		await app.waitFor(/ARTIST/);
		app.press('escape');
		await app.waitFor('Recent searches');
		const backRequests = requests() - sessionRequests;
		const peakRss = peakResidentBytes(app.pid);
		const polls = sandbox.traffic.records.filter(({method, path}) => playerPoll(method, path)).length;
		app.press('ctrl-c');
		await app.exit();
		return {peakRss, sessionRequests, backRequests, polls};
	} finally {
		terminal?.dispose();
		await remove();
	}
}

/** The highest resident memory a process has had, where /proc tells it (Linux). */
function peakResidentBytes(pid: number): number | undefined {
	try {
		const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
	} catch {
		return undefined;
	}
}
