import {describe, expect, test} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {type AppSession, startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

/** The start of a track's name, as the bar shows it however long the name. */
function trackName(box: Sandbox, id: string | undefined): string {
	return (box.catalog.track(id ?? '')?.name ?? '').slice(0, 30);
}

function playlistNamed(name: string) {
	const found = sandbox()
		.library.playlists()
		.find((playlist) => playlist.name === name);
	if (found === undefined) {
		throw new Error(`no playlist ${name}`);
	}

	return found;
}

/** The app on the home's section of this number, once its first row is selected. */
async function openSection(key: string): Promise<AppSession> {
	const app = await startApp(sandbox());
	await app.press('escape', key);
	await app.waitFor(/^› /m);
	return app;
}

describe('Liked Songs', () => {
	test('newest first, each marked saved; Enter plays the rest of them from the one chosen, as a list', async () => {
		const app = await openSection('2');
		// Every song is loaded once the position stands alone.
		await app.waitFor(/Liked Songs · 150 tracks +1\/150$/m);
		const liked = sandbox().library.saved('track');
		expect(app.frame()).toMatch(new RegExp(`^› +♥ +${trackName(sandbox(), liked[0]?.id).slice(0, 12)}`, 'm'));
		await app.press('j', 'j', 'enter');
		await app.waitFor(`▶ ${trackName(sandbox(), liked[2]?.id)}`);
		expect(sandbox().player.snapshot()).toMatchObject({trackId: liked[2]?.id, context: null});
		expect(sandbox().player.queue().upNext.slice(0, 2)).toEqual([liked[3]?.id, liked[4]?.id]);
		// A hundred of them, the chosen one first: the Web API has no context for Liked Songs.
		expect(sandbox().player.queue().upNext).toHaveLength(99);
	});

	test('a plays them from the first', async () => {
		const app = await openSection('2');
		await app.waitFor('Liked Songs · 150 tracks');
		await app.press('G', 'a');
		await app.waitFor(`▶ ${trackName(sandbox(), sandbox().library.saved('track')[0]?.id)}`);
	});
});

describe('Albums', () => {
	test('the saved albums; Enter opens one, a plays it', async () => {
		const app = await openSection('3');
		await app.waitFor('Your albums · 60');
		const [first] = sandbox().library.saved('album');
		const album = sandbox().catalog.album(first?.id ?? '');
		expect(app.frame()).toContain(album?.name.slice(0, 15));
		await app.press('enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
		expect(app.frame()).toContain(`musicterminal › Albums › ${album?.name.slice(0, 10)}`);
		await app.press('a');
		await app.waitFor(`▶ ${trackName(sandbox(), album?.trackIds[0])}`);
		expect(sandbox().player.snapshot()?.context?.uri).toBe(`spotify:album:${album?.id}`);
	});
});

describe('Playlists', () => {
	test('yours, collaborative and followed; Enter opens one, and plays it from the chosen item', async () => {
		const app = await openSection('4');
		await app.waitFor('Playlists · 8');
		expect(app.frame()).toMatch(/Friday Office Mix +Office DJ +25 +collaborative/);
		expect(app.frame()).toMatch(/Deep Focus +Spotify +80 +followed/);
		await app.press('j', 'enter');
		await app.waitFor('Morning Coffee · 14 tracks');
		const coffee = playlistNamed('Morning Coffee');
		await app.press('j', 'j', 'j', 'enter');
		await app.waitFor(`▶ ${trackName(sandbox(), coffee.itemIds[3])}`);
		expect(sandbox().player.snapshot()).toMatchObject({
			trackId: coffee.itemIds[3],
			context: {type: 'playlist', uri: `spotify:playlist:${coffee.id}`},
		});
	});

	test('a followed playlist says why its items cannot be shown; a plays it all', async () => {
		const app = await openSection('4');
		await app.waitFor('Playlists · 8');
		await app.press('G', 'k', 'enter');
		await app.waitFor(
			"Spotify lets apps read a playlist's items only when you own it or collaborate on it, which you do not here: press a to play it all.",
		);
		expect(app.frame()).not.toContain('Press Enter to try again');
		const requests = sandbox().traffic.count('GET', /\/items$/);
		await app.press('enter');
		expect(sandbox().traffic.count('GET', /\/items$/)).toBe(requests);
		await app.press('a');
		const followed = playlistNamed('Deep Focus');
		await app.waitFor(`▶ ${trackName(sandbox(), followed.itemIds[0])}`);
		expect(sandbox().player.snapshot()?.context?.uri).toBe(`spotify:playlist:${followed.id}`);
	});

	test('an empty playlist says so', async () => {
		const app = await openSection('4');
		await app.press('j', 'j', 'j', 'enter');
		await app.waitFor('This playlist is empty. Press a to play it anyway, or ← to go back.');
	});
});

describe('Recently played, the artists you follow, new releases', () => {
	test('recently played: newest first, with what plays now joining it', async () => {
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 2);
		sandbox().player.play({contextUri: `spotify:album:${album?.id}`});
		const app = await openSection('5');
		await app.waitFor('Recently played · 41');
		await app.waitFor(new RegExp(`^› .*♪ .*${trackName(sandbox(), album?.trackIds[0]).slice(0, 12)}`, 'm'));
		// Played moments ago: today, in words, not a month and a day that could be read either way.
		expect(app.frame()).toMatch(/^› today \d\d:\d\d /m);
		const [, earlier] = sandbox().library.history();
		await app.press('j', 'enter');
		await app.waitFor(`▶ ${trackName(sandbox(), earlier?.trackId)}`);
		expect(sandbox().player.snapshot()?.context?.uri).toBe(earlier?.contextUri);
	});

	test('the artists you follow: Enter opens their albums', async () => {
		const app = await openSection('6');
		await app.waitFor('Artists you follow · 30');
		const first = sandbox().catalog.artist(sandbox().library.followedArtistIds()[0] ?? '');
		expect(app.frame()).toContain(`› ${first?.name}`);
		await app.press('enter');
		await app.waitFor(/ALBUM\s+YEAR\s+TRACKS\s+KIND/);
	});

	test('new releases: the newest first, as each artist comes; read once a run', async () => {
		const app = await openSection('7');
		await app.waitFor(/New releases · from the 30 artists you follow · \d+/);
		const dates = app
			.frame()
			.split('\n')
			.flatMap((line) => /^[› ] (\d{4}(?:-\d\d){0,2}) /.exec(line)?.[1] ?? []);
		expect(dates.length).toBeGreaterThan(10);
		expect(dates).toEqual([...dates].sort().reverse());
		const reads = sandbox().traffic.count('GET', /^\/v1\/artists\/[^/]+\/albums$/);
		expect(reads).toBe(60);
		await app.press('escape', '7');
		await app.waitFor(/New releases · from the 30 artists/);
		expect(sandbox().traffic.count('GET', /^\/v1\/artists\/[^/]+\/albums$/)).toBe(reads);
		await app.press('enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
	});
});
