import {describe, expect, test} from 'vitest';
import {browseToAlbums, startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

function prolific() {
	const artist = sandbox().catalog.artist(sandbox().catalog.highlights.prolificArtistId);
	if (artist === undefined) {
		throw new Error('no prolific artist');
	}

	return artist;
}

/** The app on the albums of the artist with the most of them. */
async function openProlificAlbums() {
	const app = await startApp(sandbox());
	await browseToAlbums(app);
	return app;
}

/** The row marked as selected, without the marker and padding. */
function selectedRow(frame: string): string {
	return (
		frame
			.split('\n')
			.find((line) => line.startsWith('› '))
			?.slice(2)
			.trim() ?? ''
	);
}

describe('search', () => {
	test('typing shows in the box; Enter lists the matching artists', async () => {
		const app = await startApp(sandbox());
		await app.waitFor('Search artists:');
		await app.type('endless');
		await app.waitFor('Search artists: endless');
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 of 1');
		expect(selectedRow(app.frame())).toMatch(/^The Endless Archive Orchestra/);
		expect(app.frame()).toContain('musicterminal › "endless"');
	});

	test('backspace erases; / searches again; ↑ recalls an earlier search', async () => {
		const app = await startApp(sandbox());
		await app.type('endlessx');
		await app.press('backspace', 'enter');
		await app.waitFor('Artists matching "endless"');
		await app.press('/');
		await app.waitFor('Recent searches');
		expect(app.frame()).toContain('  endless');
		await app.press('up');
		await app.waitFor('Search artists: endless');
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 of 1');
	});

	test('more artists load as the selection nears the end of those loaded', async () => {
		const app = await startApp(sandbox());
		await app.type('the');
		await app.press('enter');
		await app.waitFor(/Artists matching "the" · 10 of \d+/);
		await app.press('G');
		await app.waitFor(/Artists matching "the" · 20 of \d+/);
	});

	test('a search with no match says what to do', async () => {
		const app = await startApp(sandbox());
		await app.type('zzqqxx');
		await app.press('enter');
		await app.waitFor('No artist matches "zzqqxx". Press / to search again.');
	});
});

describe('albums and tracks', () => {
	test("an artist's every album, single, compilation and appearance, with year and track count", async () => {
		const app = await startApp(sandbox());
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('The Endless Archive Orchestra');
		await app.press('enter');
		const total = sandbox().catalog.artistAlbums(prolific().id, [
			'album',
			'single',
			'compilation',
			'appears_on',
		]).length;
		await app.waitFor(`The Endless Archive Orchestra · ${total}`);
		expect(app.frame()).toMatch(/ALBUM\s+YEAR\s+TRACKS\s+KIND/);
		await app.press('G');
		await app.waitFor(/› .+ \d{4}\s+\d+\s+(album|single|compilation|appears on)/);
	});

	test('j/k, PgDn/PgUp, Home/End and g/G move; Esc goes back to the list as it was left', async () => {
		const app = await openProlificAlbums();
		const albums = sandbox().catalog.artistAlbums(prolific().id, [
			'album',
			'single',
			'compilation',
			'appears_on',
		]);
		await app.press('j', 'j', 'j', 'k');
		expect(selectedRow(app.frame())).toContain(albums[2]?.album.name);
		await app.press('pagedown');
		expect(selectedRow(app.frame())).not.toContain(albums[2]?.album.name);
		await app.press('end');
		expect(selectedRow(app.frame())).toContain(albums.at(-1)?.album.name);
		await app.press('home');
		expect(selectedRow(app.frame())).toContain(albums[0]?.album.name);
		await app.press('pagedown', 'pageup', 'G', 'g', 'down', 'down');
		expect(selectedRow(app.frame())).toContain(albums[2]?.album.name);
		await app.press('enter');
		await app.waitFor(`${albums[2]?.album.name} · The Endless Archive Orchestra`);
		expect(app.frame()).toMatch(/#\s+TITLE\s+TIME/);
		await app.press('escape');
		await app.waitFor('ALBUM');
		expect(selectedRow(app.frame())).toContain(albums[2]?.album.name);
		await app.press('h');
		await app.waitFor('Artists matching "endless"');
		await app.press('backspace');
		await app.waitFor('Search artists:');
	});

	test('a box set lists every track with its length; f filters them as you type', async () => {
		const box = sandbox().catalog.album(sandbox().catalog.highlights.boxSetAlbumId);
		const app = await openProlificAlbums();
		await app.press('f');
		await app.type(box?.name.slice(0, 24) ?? '');
		await app.waitFor(`Filter: ${box?.name.slice(0, 24)}`);
		await app.press('enter', 'enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
		expect(app.frame()).toMatch(/› +1 +.+ +\d+:\d{2}/);
		await app.press('G');
		await app.waitFor(new RegExp(`› +${box?.trackIds.length} +.+ +\\d+:\\d{2}`));
		await app.press('f');
		await app.type('zzzz');
		await app.waitFor('Nothing matches "zzzz".');
		await app.press('escape');
		await app.waitForGone('Filter:');
		expect(app.frame()).toMatch(/› +1 /);
	});

	test('Enter keeps the filter and stays on the list; the next Enter opens the row', async () => {
		const box = sandbox().catalog.album(sandbox().catalog.highlights.boxSetAlbumId);
		const app = await openProlificAlbums();
		await app.press('f');
		await app.type(box?.name.slice(0, 24) ?? '');
		await app.press('enter');
		await app.waitFor(`Filter: ${box?.name.slice(0, 24)} (f to change)`);
		expect(app.frame()).toMatch(/ALBUM\s+YEAR/);
		expect(app.frame()).toContain('Enter open');
		await app.press('enter');
		await app.waitFor(`${box?.name.slice(0, 40)}`);
		await app.waitFor(/#\s+TITLE\s+TIME/);
	});

	test('keys that arrive together act one after another, each on the screen the one before it left', async () => {
		const box = sandbox().catalog.album(sandbox().catalog.highlights.boxSetAlbumId);
		const app = await openProlificAlbums();
		// In one read: f, the name, Enter to keep the filter, Enter to open the one album it leaves.
		await app.press(`f${box?.name.slice(0, 24)}\r\r`);
		await app.waitFor(/#\s+TITLE\s+TIME/);
		expect(app.frame()).toContain(`${box?.name.slice(0, 40)}`);
		await app.waitFor(/› +1 +\S/);
		// Down and Enter in one read: the second track plays, as the arrow chose.
		await app.press('\u001B[B\r');
		await app.waitFor(/▶ \S/);
		expect(app.frame()).toMatch(/› +2 +♪/);
	});
});
