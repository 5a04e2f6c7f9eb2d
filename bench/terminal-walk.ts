import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';

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

/**
 * The built CLI in a terminal, logged in to `sandbox`, brought to the album's tracks (`openAlbum`);
 * `use` goes on from there, then the app is quit with Ctrl-C and its home removed.
 */
export async function atAlbumTracks<Result>(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string},
	use: (app: Terminal) => Promise<Result>,
): Promise<Result> {
	const {home, configPath, remove} = await loggedInHome(sandbox);
	let terminal: Terminal | undefined;
	try {
		const app = startTerminal(process.execPath, [cli, '--config', configPath], {
			env: {XDG_CONFIG_HOME: home},
		});
		terminal = app;
		await openAlbum(app, walk);
		const result = await use(app);
		app.press('ctrl-c');
		await app.exit();
		return result;
	} finally {
		terminal?.dispose();
		await remove();
	}
}
