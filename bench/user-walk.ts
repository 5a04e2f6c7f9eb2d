import {readFileSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {atAlbumTracks, selectedTrack} from './terminal-walk.js';

/** Resident memory in bytes as the OS tells it: now, and the most it has been. */
export type Resident = {readonly rss: number; readonly peak: number};

export type UserWalk = {
	readonly afterFlow: Resident;
	readonly afterMoves: Resident;
	readonly afterIdle: Resident;
	/** Characters the app wrote for each move, on average. */
	readonly charactersPerMove: number;
};

// A person's moves through a long list: down a few, back, to the end, up, to the top.
const pattern = ['j', 'j', 'j', 'j', 'j', 'k', 'k', 'G', 'k', 'k', 'k', 'g'] as const;

/**
 * The built CLI as a user runs it (no probe, no forced collection) in a real terminal, logged in to
 * `sandbox`: search → the artist's albums → the box set → play, then `moves` of j, k, G and g, each
 * waited for, then `idleSeconds` of nothing while it plays. Memory as /proc tells it after each.
 */
export async function walkAsAUser(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string; trackCount: number},
	{moves, idleSeconds}: {moves: number; idleSeconds: number},
): Promise<UserWalk> {
	return atAlbumTracks(cli, sandbox, walk, async (app) => {
		app.press('enter');
		await app.waitFor(/▶ \S/);
		const afterFlow = resident(app.pid);
		const before = app.received();
		let row = 1;
		for (let move = 0; move < moves; move += 1) {
			const key = pattern[move % pattern.length] ?? 'j';
			row = key === 'j' ? row + 1 : key === 'k' ? row - 1 : key === 'G' ? walk.trackCount : 1;
			app.write(key);
			await app.waitFor(selectedTrack(row));
		}

		const charactersPerMove = (app.received() - before) / moves;
		const afterMoves = resident(app.pid);
		await delay(idleSeconds * 1000);
		return {afterFlow, afterMoves, afterIdle: resident(app.pid), charactersPerMove};
	});
}

function resident(pid: number): Resident {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kilobytes = (field: string) =>
		Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1]) * 1024;
	return {rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM')};
}
