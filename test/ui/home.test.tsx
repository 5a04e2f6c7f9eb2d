import {describe, expect, test} from 'vitest';
import {startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

/** The name on the row marked as selected (its first column), without the marker and padding. */
function selectedName(frame: string): string {
	const row = frame.split('\n').find((line) => line.startsWith('› '));
	return row?.slice(2).trim().split(/ {2,}/)[0] ?? '';
}

describe('the home', () => {
	test('a step back from the search box: every section with its number; Enter or the number opens one', async () => {
		const app = await startApp(sandbox());
		await app.waitFor('Search artists:');
		await app.press('escape');
		await app.waitFor('musicterminal › Home');
		for (const section of [
			'1  Search',
			'2  Liked Songs',
			'3  Albums',
			'4  Playlists',
			'5  Recently played',
			'6  Artists you follow',
			'7  New releases',
			'8  Queue',
			'9  Now playing',
		]) {
			expect(app.frame()).toContain(section);
		}

		expect(app.frame()).toContain('Enter open · 1-9 sections · space play');
		await app.press('down', 'enter');
		await app.waitFor('Liked Songs · 150 tracks');
		expect(app.frame()).toContain('musicterminal › Liked Songs');
		await app.press('4');
		await app.waitFor('Playlists · 8');
		// A section opens from the home: back goes there, not to the section before.
		await app.press('escape');
		await app.waitFor('musicterminal › Home');
		await app.press('6');
		await app.waitFor('Artists you follow · 30');
		await app.press('0');
		await app.waitFor('musicterminal › Home');
		await app.press('1');
		await app.waitFor('Search artists:');
	});

	test('without a login the library says it needs one, in keys', async () => {
		const app = await startApp(sandbox(), {login: false});
		await app.press('escape');
		await app.waitFor('2  Liked Songs           needs a login');
		await app.press('2');
		await app.waitFor('Browsing only: your library needs a login. Quit with q, set auth_method:');
		await app.press('down', 'down', 'enter');
		await app.waitFor('Browsing only: your library needs a login.');
		expect(app.frame()).toContain('musicterminal › Home');
		expect(sandbox().traffic.count(undefined, /^\/v1\/me/)).toBe(0);
	});

	test('a login from before the library: its sections say to log in again; the rest plays on', async () => {
		const app = await startApp(sandbox(), {
			scopes: ['user-read-playback-state', 'user-modify-playback-state', 'user-read-currently-playing'],
		});
		await app.press('escape', '2');
		await app.waitFor(
			'Your login does not allow reading your Liked Songs and saved albums yet: quit with q and run `musicterminal login` again to allow it.',
		);
		// Asking again would not help, so Enter does not offer to.
		expect(app.frame()).not.toContain('Press Enter to try again');
		await app.press('8');
		await app.waitFor('Nothing is playing, and nothing is queued');
	});
});

describe('search of every kind', () => {
	test('Tab in the box: what Enter searches for', async () => {
		const app = await startApp(sandbox());
		await app.press('tab');
		await app.waitFor('Search albums:');
		await app.press('tab', 'tab');
		await app.waitFor('Search playlists:');
		await app.type('road trip');
		await app.press('enter');
		await app.waitFor('Playlists matching "road trip" · 1 found');
		await app.waitFor(/^› Road Trip 2026 +Sandbox Listener +130$/m);
		await app.press('enter');
		await app.waitFor('Road Trip 2026 · 130 tracks');
	});

	test('Tab on the results: the next kind; each keeps its own rows and place', async () => {
		const app = await startApp(sandbox());
		await app.type('night');
		await app.press('enter');
		await app.waitFor(/Artists matching "night" · \d+ found/);
		await app.press('j', 'j');
		const artist = selectedName(app.frame());
		await app.press('tab');
		await app.waitFor(/Albums matching "night" · \d+ found/);
		expect(app.frame()).toMatch(/ALBUM\s+ARTIST\s+YEAR/);
		await app.press('j');
		const album = selectedName(app.frame());
		await app.press('tab');
		await app.waitFor(/Tracks matching "night" · \d+ found/);
		await app.press('tab');
		await app.waitFor(/Playlists matching "night" · 1 found/);
		const searches = sandbox().traffic.count('GET', '/v1/search');
		await app.press('tab');
		await app.waitFor(/Artists matching "night"/);
		expect(selectedName(app.frame())).toBe(artist);
		await app.press('tab');
		await app.waitFor(/Albums matching "night"/);
		expect(selectedName(app.frame())).toBe(album);
		// Nothing was searched for again.
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(searches);
		await app.press('enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
	});

	test('a track found plays in its album, from itself', async () => {
		const app = await startApp(sandbox());
		await app.press('tab', 'tab');
		await app.type('night');
		await app.press('enter');
		await app.waitFor(/Tracks matching "night"/);
		await app.waitFor(/^› /m);
		await app.press('enter');
		await app.waitFor('▶ ');
		const snapshot = sandbox().player.snapshot();
		const track = sandbox().catalog.track(snapshot?.trackId ?? '');
		expect(snapshot?.context?.uri).toBe(`spotify:album:${track?.albumId}`);
		expect(track?.name.toLowerCase()).toContain('night');
	});
});
