import type {Sandbox} from '../source/sandbox/sandbox.js';
import {atAlbumTracks, selectedTrack} from './terminal-walk.js';

/**
 * Milliseconds from each ↓ written to the built CLI's terminal to the output that shows the next
 * track selected arriving from it, moving from the first to the last track of the box set; the
 * next key goes once the frame has come. The app, the bundle and the terminal are the user's.
 * Also how much it wrote to the terminal for each key.
 */
export async function timeKeypressesInTerminal(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string; trackCount: number},
): Promise<{times: number[]; charactersPerKey: number}> {
	return atAlbumTracks(cli, sandbox, walk, async (app) => {
		const times: number[] = [];
		const before = app.received();
		for (let row = 2; row <= walk.trackCount; row += 1) {
			const pressed = performance.now();
			app.press('down');
			times.push((await app.shownAt(selectedTrack(row))) - pressed);
		}

		return {times, charactersPerKey: (app.received() - before) / times.length};
	});
}
