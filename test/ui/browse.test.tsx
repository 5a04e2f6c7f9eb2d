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

function prolificAlbums() {
	return sandbox().catalog.artistAlbums(prolific().id, ['album', 'single', 'compilation', 'appears_on']);
}

/** The app on the albums of the artist with the most of them, every album loaded. */
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
		await app.waitFor('Artists matching "endless" · 1 found');
		expect(selectedRow(app.frame())).toMatch(/^The Endless Archive Orchestra/);
		expect(app.frame()).toContain('musicterminal › "endless"');
	});

	test('the cursor moves with ←/→ and Home/End, Ctrl-W erases a word, Ctrl-U to the start', async () => {
		const app = await startApp(sandbox());
		await app.type('archive endles');
		await app.press('ctrl-a', 'ctrl-w');
		await app.press('end', 's', 'home', 'right', 'left');
		await app.press('ctrl-e', 'ctrl-w', 'ctrl-w');
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 found');
		await app.press('/');
		await app.type('zzz');
		await app.waitFor('Search artists: zzz');
		await app.press('ctrl-u');
		await app.waitFor(/Search artists:\s*\n/);
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
		await app.waitFor('Artists matching "endless" · 1 found');
	});

	test('more artists load as the selection nears the end; G loads them all and lands on the last', async () => {
		const app = await startApp(sandbox());
		await app.type('the');
		await app.press('enter');
		await app.waitFor(/Artists matching "the" · (\d+) found +10 loaded · 1\/\1/);
		const total = Number(/· (\d+) found/.exec(app.frame())?.[1]);
		await app.press(...Array.from({length: 9}, () => 'j'));
		await app.waitFor(`10/${total}`);
		// Near the end of the ten loaded, the next ten come.
		await app.waitFor(`20 loaded · 10/${total}`);
		await app.press('j');
		await app.waitFor(`11/${total}`);
		await app.press('G');
		await app.waitFor(`${total}/${total}`);
	});

	test('a search with no match says what to do', async () => {
		const app = await startApp(sandbox());
		await app.type('zzqqxx');
		await app.press('enter');
		await app.waitFor('No artist matches "zzqqxx". Press Tab for other kinds, / to search again.');
	});

	test('a pasted album link opens that album; the path starts again from the search', async () => {
		const album = prolificAlbums()[0]?.album;
		const app = await startApp(sandbox());
		await app.paste(`https://open.spotify.com/intl-de/album/${album?.id}?si=abc`);
		await app.waitFor(`musicterminal › ${album?.name.slice(0, 20)}`);
		await app.waitFor(/#\s+TITLE\s+TIME/);
		await app.press('escape');
		await app.waitFor('Search artists:');
		expect(app.frame()).toContain('musicterminal › Search');
	});
});

describe('albums and tracks', () => {
	test("an artist's every album, single, compilation and appearance, with year and track count", async () => {
		const app = await startApp(sandbox());
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('The Endless Archive Orchestra');
		await app.press('enter');
		const total = prolificAlbums().length;
		await app.waitFor(`The Endless Archive Orchestra · ${total} albums`);
		expect(app.frame()).toMatch(/ALBUM\s+YEAR\s+TRACKS\s+KIND/);
		await app.press('G');
		await app.waitFor(`${total}/${total}`);
		expect(selectedRow(app.frame())).toMatch(/.+ \d{4}\s+\d+\s+(album|single|compilation|appears on)/);
		expect(selectedRow(app.frame())).toContain(prolificAlbums().at(-1)?.album.name.slice(0, 20));
	});

	test('j/k, PgDn/PgUp, Home/End and g/G move; Esc goes back to the list as it was left', async () => {
		const app = await openProlificAlbums();
		const albums = prolificAlbums();
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
		await app.press('right');
		await app.waitFor(/#\s+TITLE\s+TIME/);
		await app.press('left');
		await app.waitFor('ALBUM');
		await app.press('h');
		await app.waitFor('Artists matching "endless"');
		await app.press('backspace');
		await app.waitFor('Search artists:');
	});

	test('the breadcrumb is cut from the left, so the place you are in stays in view', async () => {
		const albums = prolificAlbums();
		const long = albums.find((entry) => entry.album.name.length > 60)?.album;
		expect(long).toBeDefined();
		const app = await startApp(sandbox(), {columns: 60, rows: 20});
		await app.paste(`spotify:album:${long?.id}`);
		await app.waitFor(/#\s+TITLE/);
		const header = app.frame().split('\n')[0] ?? '';
		expect(header).toMatch(/^musicterminal…/);
		expect(header.trimEnd().endsWith(long?.name.slice(-20) ?? '')).toBe(true);
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
		expect(app.frame()).toContain(`${box?.trackIds.length}/${box?.trackIds.length}`);
		await app.press('f');
		await app.type('zzzz');
		await app.waitFor('Nothing matches "zzzz".');
		await app.press('escape');
		await app.waitForGone('Filter:');
		expect(app.frame()).toMatch(/› +1 /);
	});

	test('the filter ignores accents and case', async () => {
		const accented = sandbox().catalog.albums.find((album) => /[éèáàöüñ]/.test(album.name));
		expect(accented).toBeDefined();
		const word = accented?.name.split(' ').find((part) => /[éèáàöüñ]/.test(part)) ?? '';
		const plain = word
			.normalize('NFD')
			.replaceAll(/\p{Mn}/gu, '')
			.toUpperCase();
		const app = await startApp(sandbox());
		await app.paste(`spotify:artist:${accented?.artistIds[0]}`);
		await app.waitFor(/ALBUM[^\n]*\n› /);
		await app.press('f');
		await app.type(plain);
		await app.waitFor(/matching/);
		expect(selectedRow(app.frame())).toContain(word);
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
