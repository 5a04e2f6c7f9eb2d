import type {Terminal} from '../test/helpers/pseudo-terminal.js';

/**
 * The title (the line under the path) of a list with every row loaded: it ends with its count (`· 331`, `1000 tracks`, or
 * cut short with `…`: the app before its store drew a list only once all of it was there) or with
 * a position that stands alone (`1/331`, not `40 loaded · 1/331`).
 */
export const listLoaded = /^musicterminal.*\n.*(· \d+|\d+ tracks|…|[^·] 1\/\d+)\s*$/m;

/** The selected row of the tracks list, with its number. */
export const selectedTrack = (row: number) => new RegExp(`^› +${row} `, 'm');

/**
 * In the built CLI in `app`, as a person does it: search `artistQuery`, open the first artist's
 * albums, wait for all of them, filter to `albumName` and open it, and wait for all its tracks.
 */
export async function openAlbum(
	app: Terminal,
	{artistQuery, albumName}: {artistQuery: string; albumName: string},
): Promise<void> {
	await app.waitFor('Search artists:');
	app.write(`${artistQuery}\r`);
	await app.waitFor(/^› \S/m);
	app.press('enter');
	await app.waitFor(/ALBUM\s+YEAR/);
	// Every album loaded: the title counts them, and a position, if any, stands alone.
	await app.waitFor(listLoaded);
	app.write(`f${albumName.slice(0, 30)}\r`);
	await app.waitFor(albumName.slice(0, 30));
	app.press('enter');
	await app.waitFor(/#\s+TITLE\s+TIME/);
	// Every track loaded.
	await app.waitFor(listLoaded);
}
