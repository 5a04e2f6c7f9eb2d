import {describe, expect, test, vi} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {type AppSession, startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

function trackName(box: Sandbox, id: string | undefined): string {
	return (box.catalog.track(id ?? '')?.name ?? '').slice(0, 30);
}

/** An album with a liked track on it (not the first), and enough tracks to queue. */
function albumWithLikedTrack(box: Sandbox) {
	for (const {id} of box.library.saved('track')) {
		const album = box.catalog.album(box.catalog.track(id)?.albumId ?? '');
		const index = album?.trackIds.indexOf(id) ?? -1;
		if (album !== undefined && index > 0 && album.trackIds.length >= 4 && album.trackIds.length <= 20) {
			return {album, index};
		}
	}

	throw new Error('no album with a liked track');
}

/** An album's tracks, opened by pasting its link. */
async function openAlbum(app: AppSession, albumId: string) {
	await app.paste(`spotify:album:${albumId}`);
	await app.waitFor(/#\s+TITLE\s+TIME[\s\S]*^› /m);
}

/** Something playing: an album with a long first track, from its start. */
function playSomething(box: Sandbox) {
	const album = box.catalog.albums.find(
		(candidate) =>
			candidate.trackIds.length >= 4 &&
			(box.catalog.track(candidate.trackIds[0] ?? '')?.durationMs ?? 0) > 150_000,
	);
	box.player.play({contextUri: `spotify:album:${album?.id}`});
	return album;
}

describe('the queue', () => {
	test('e adds the selected track; the queue shows what plays now, then it, then the rest', async () => {
		const playing = playSomething(sandbox());
		const {album} = albumWithLikedTrack(sandbox());
		const app = await startApp(sandbox());
		await openAlbum(app, album.id);
		await app.press('j', 'e');
		await app.waitFor(`Added "${trackName(sandbox(), album.trackIds[1]).slice(0, 20)}`);
		expect(sandbox().player.queue().upNext[0]).toBe(album.trackIds[1]);
		await app.press('8');
		await app.waitFor(/Queue · now and \d+ next/);
		expect(app.frame()).toMatch(
			new RegExp(`^› +now .*${trackName(sandbox(), playing?.trackIds[0]).slice(0, 12)}`, 'm'),
		);
		expect(app.frame()).toMatch(
			new RegExp(`^ +1 .*${trackName(sandbox(), album.trackIds[1]).slice(0, 12)}`, 'm'),
		);
		// The next track plays: the queue is read again.
		await app.press('n');
		await app.waitFor(new RegExp(`^› +now .*${trackName(sandbox(), album.trackIds[1]).slice(0, 12)}`, 'm'));
	});

	test('e on an album adds all its tracks, in order', async () => {
		playSomething(sandbox());
		const {album} = albumWithLikedTrack(sandbox());
		const app = await startApp(sandbox());
		await app.paste(`spotify:artist:${album.artistIds[0]}`);
		await app.waitFor(/ALBUM\s+YEAR[\s\S]*^› /m);
		const entries = sandbox().catalog.artistAlbums(album.artistIds[0] ?? '', [
			'album',
			'single',
			'compilation',
			'appears_on',
		]);
		await app.press('e');
		const first = entries[0]?.album;
		await app.waitFor(`Added ${first?.trackIds.length} tracks of "${first?.name.slice(0, 10)}`);
		expect(sandbox().player.queue().upNext.slice(0, first?.trackIds.length)).toEqual(first?.trackIds);
	});

	test('with nothing playing, the queue says how to fill it', async () => {
		const app = await startApp(sandbox());
		await app.press('escape', '8');
		await app.waitFor('Nothing is playing, and nothing is queued: press e on a track or album to queue it.');
	});
});

describe('now playing', () => {
	test('the track, its album and artists; Enter opens the album, and o and O open them from anywhere', async () => {
		const album = playSomething(sandbox());
		const app = await startApp(sandbox());
		await app.press('escape', '9');
		await app.waitFor(/^› Track .*$/m);
		expect(app.frame()).toMatch(new RegExp(`^ +Album +.*${album?.name.slice(0, 12)}`, 'm'));
		const artist = sandbox().catalog.artist(album?.artistIds[0] ?? '');
		expect(app.frame()).toMatch(new RegExp(`^ +Artist +.*${artist?.name.slice(0, 12)}`, 'm'));
		await app.press('j', 'enter');
		await app.waitFor(/#\s+TITLE\s+TIME/);
		expect(app.frame()).toContain(`› ${album?.name.slice(0, 10)}`);
		await app.press('O');
		await app.waitFor(/ALBUM\s+YEAR\s+TRACKS/);
		expect(app.frame()).toContain(`› ${artist?.name.slice(0, 10)}`);
		await app.press('o');
		await app.waitFor(/#\s+TITLE\s+TIME/);
	});

	test('o with nothing playing says so', async () => {
		const app = await startApp(sandbox());
		await app.press('escape', 'o');
		await app.waitFor('Nothing is playing: choose a track and press Enter.');
	});
});

describe('the library from any list', () => {
	test('saved rows are marked, as the library says; L saves or removes the selected row at once', async () => {
		const {album, index} = albumWithLikedTrack(sandbox());
		const app = await startApp(sandbox());
		await openAlbum(app, album.id);
		const liked = trackName(sandbox(), album.trackIds[index]).slice(0, 15);
		await app.waitFor(new RegExp(`♥ +${liked}`));
		expect(sandbox().traffic.count('GET', '/v1/me/library/contains')).toBe(1);
		const first = album.trackIds[0] ?? '';
		const saved = sandbox().library.isSaved('track', first);
		await app.press('L');
		await app.waitFor(saved ? 'Removed "' : '♥ Saved "');
		expect(sandbox().library.isSaved('track', first)).toBe(!saved);
		await app.press('L');
		await app.waitFor(saved ? '♥ Saved "' : 'Removed "');
		expect(sandbox().library.isSaved('track', first)).toBe(saved);
		// A key clears the message, and the hint says what L does now.
		await app.press('k');
		await app.waitFor(saved ? 'L unlike' : 'L like');
	});

	test('a save Spotify refuses puts the mark back, and says why', async () => {
		const {album} = albumWithLikedTrack(sandbox());
		const app = await startApp(sandbox());
		await openAlbum(app, album.id);
		sandbox().faults.inject({
			path: '/v1/me/library',
			fault: {
				kind: 'json-answer',
				status: 403,
				body: {error: {status: 403, message: 'Insufficient client scope'}},
			},
		});
		await app.press('L');
		await app.waitFor('Your login does not allow saving to and removing from your library yet: quit with q');
		expect(app.frame()).not.toMatch(/^› +♥/m);
	});
});

describe('seeking', () => {
	test('> and < go on and back 10 seconds; t goes to a typed time', async () => {
		playSomething(sandbox());
		const app = await startApp(sandbox());
		await app.press('escape');
		await app.waitFor('▶ ');
		const progress = () => sandbox().player.snapshot()?.progressMs ?? 0;
		await app.press('>');
		await app.waitFor('0:1');
		expect(progress()).toBeGreaterThanOrEqual(10_000);
		await app.press('.', '.');
		await app.waitFor(/▶[^\n]*\n[^\n]* 0:3\d/);
		expect(progress()).toBeGreaterThanOrEqual(30_000);
		await app.press('<');
		await app.waitFor(/ 0:2\d \//);
		await app.press('t');
		await app.waitFor('Go to:');
		await app.type('2:05');
		await app.press('enter');
		await app.waitFor(/ 2:0\d \//);
		expect(progress()).toBeGreaterThanOrEqual(125_000);
		await app.press('t');
		await app.type('99:00');
		await app.press('enter');
		await app.waitFor(/long: type a time within it, or press n for what comes next\./);
		await app.press('escape');
		await app.waitForGone('Go to:');
		// A step past the end would skip to the next track: refused, as a time past it is.
		const seeks = sandbox().traffic.count('PUT', '/v1/me/player/seek');
		const playing = sandbox().player.snapshot()?.trackId;
		await app.press('t');
		await app.type('+9999');
		await app.press('enter');
		await app.waitFor(/long and is at \d+:\d\d: that would go past its end\. Press n for what comes next\./);
		expect(sandbox().traffic.count('PUT', '/v1/me/player/seek')).toBe(seeks);
		expect(sandbox().player.snapshot()?.trackId).toBe(playing);
	});

	test('with nothing playing, seeking says so', async () => {
		const app = await startApp(sandbox());
		await app.press('escape');
		await app.waitFor('musicterminal › Home');
		await app.press('>');
		await app.waitFor('Nothing is playing: choose a track and press Enter.');
		await app.press('t');
		await app.waitFor('Nothing is playing');
		expect(app.frame()).not.toContain('Go to:');
	});
});

describe('reading a list again', () => {
	test('Ctrl-R reads it again from Spotify, its place kept', async () => {
		const app = await startApp(sandbox());
		await app.press('escape', '4');
		await app.waitFor('Playlists · 8');
		await app.press('j', 'j');
		const before = sandbox().traffic.count('GET', '/v1/me/playlists');
		await app.press('ctrl-r');
		await vi.waitFor(() => {
			expect(sandbox().traffic.count('GET', '/v1/me/playlists')).toBe(before + 1);
		});
		await app.waitFor(/^› Road Trip 2026/m);
	});
});
