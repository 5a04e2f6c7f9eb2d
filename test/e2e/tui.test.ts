import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {pocketPhoneId, studioDesktopId} from '../../source/sandbox/player/devices.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startCliInTerminal, type Terminal} from '../helpers/terminal.js';

/** The first of the prolific artist's albums, which the albums screen lists first. */
function firstAlbum(sandbox: Sandbox) {
	const [entry] = sandbox.catalog.artistAlbums(sandbox.catalog.highlights.prolificArtistId, [
		'album',
		'single',
		'compilation',
		'appears_on',
	]);
	if (entry === undefined || entry.album.trackIds.length < 2) {
		throw new Error('the first album needs two tracks');
	}

	return entry.album;
}

function trackName(sandbox: Sandbox, id: string | undefined): string {
	return sandbox.catalog.tracks.find((track) => track.id === id)?.name ?? '';
}

/** Search → artist → albums → tracks, as a person types it. */
async function browseToTracks(terminal: Terminal): Promise<void> {
	await terminal.waitFor('Search artists:');
	terminal.write('endless');
	await terminal.waitFor('Search artists: endless');
	terminal.press('enter');
	await terminal.waitFor('› The Endless Archive Orchestra');
	terminal.press('enter');
	await terminal.waitFor(/ALBUM\s+YEAR\s+TRACKS\s+KIND/);
	terminal.press('enter');
	await terminal.waitFor(/#\s+TITLE\s+TIME/);
}

describe('the app in a real terminal, against the sandbox', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const open = (options: {cols?: number; rows?: number} = {}) =>
		startCliInTerminal(['--config', session().configPath], {env: session().env, ...options});

	test('search → artist → album → track → play: that track plays in that album on the active device; q quits', async () => {
		const album = firstAlbum(sandbox());
		const terminal = open();
		await browseToTracks(terminal);
		terminal.press('down');
		terminal.press('enter');
		await terminal.waitFor(`▶ ${trackName(sandbox(), album.trackIds[1])}`);
		await terminal.waitFor('on Studio Desktop');
		const snapshot = sandbox().player.snapshot();
		expect(snapshot).toMatchObject({trackId: album.trackIds[1], isPlaying: true});
		expect(snapshot?.context?.uri).toBe(`spotify:album:${album.id}`);
		expect(snapshot?.device.id).toBe(studioDesktopId);
		terminal.press('q');
		// The terminal is handed back as it was: the app's screen is gone.
		await terminal.waitForGone('musicterminal ›');
		expect(await terminal.exit()).toBe(0);
	});

	test('a resize lays the screen out again at the new size; too small says so; Ctrl-C quits', async () => {
		const terminal = open();
		await browseToTracks(terminal);
		terminal.resize(60, 20);
		// Laid out for 60 columns, the column headers end at the edge; a 100-column line would wrap.
		await terminal.waitFor(/^ +# +TITLE +TIME$/m);
		const header = terminal
			.screen()
			.split('\n')
			.find((line) => /^ +# +TITLE +TIME$/.test(line));
		expect(header).toHaveLength(60);
		expect(terminal.screen().split('\n')[0]).toMatch(/^musicterminal(…| ›)/);
		terminal.resize(30, 10);
		await terminal.waitFor('Terminal too small');
		terminal.resize(100, 30);
		await terminal.waitFor(/#\s+TITLE\s+TIME/);
		terminal.press('ctrl-c');
		expect(await terminal.exit()).toBe(0);
	});

	test('a failure shows with what to do, and Enter recovers once Spotify answers again', async () => {
		const fault = sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'server-error', status: 502, body: 'html'},
			times: Number.POSITIVE_INFINITY,
		});
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write('endless');
		terminal.press('enter');
		await terminal.waitFor('The Spotify Web API failed on GET /search');
		await terminal.waitFor('Press Enter to try again.');
		fault.remove();
		terminal.press('enter');
		await terminal.waitFor('› The Endless Archive Orchestra');
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});
});

describe('keys that arrive together', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const open = () => startCliInTerminal(['--config', session().configPath], {env: session().env});

	test('80 movement keys in one write move 80 rows, and the app goes on', async () => {
		const box = sandbox().catalog.album(sandbox().catalog.highlights.boxSetAlbumId);
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write(`spotify:album:${box?.id}\r`);
		// Every track is loaded once the position stands alone.
		await terminal.waitFor(/[^·] 1\/1000$/m);
		terminal.write('\u001B[B'.repeat(60) + 'j'.repeat(30) + '\u001B[A'.repeat(10));
		await terminal.waitFor(/^› +81 /m);
		terminal.write('G');
		await terminal.waitFor(/^› +1000 /m);
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('ss and rr in one write act twice each', async () => {
		const terminal = open();
		await browseToTracks(terminal);
		terminal.press('enter');
		await terminal.waitFor(/▶ \S/);
		terminal.write('ssrr');
		await terminal.waitFor('repeat track');
		expect(sandbox().traffic.count('PUT', '/v1/me/player/shuffle')).toBe(2);
		expect(sandbox().traffic.count('PUT', '/v1/me/player/repeat')).toBe(2);
		expect(sandbox().player.snapshot()).toMatchObject({shuffle: false, repeat: 'track'});
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('artist results keep their pages and selection through overlays and going back, and load on', async () => {
		const artists = sandbox().catalog.search('the', 'artist');
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write('the\r');
		await terminal.waitFor(`10 loaded · 1/${artists.length}`);
		// Keys act on what is loaded when they come: nine to the tenth row, which loads the next ten.
		terminal.write('j'.repeat(9));
		await terminal.waitFor(`20 loaded · 10/${artists.length}`);
		terminal.write('j'.repeat(5));
		await terminal.waitFor(`20 loaded · 15/${artists.length}`);
		const requests = sandbox().traffic.count('GET', '/v1/search');
		terminal.write('?');
		await terminal.waitFor('Keys ·');
		terminal.press('escape');
		await terminal.waitFor(`20 loaded · 15/${artists.length}`);
		terminal.write('d');
		await terminal.waitFor('Studio Desktop');
		terminal.press('escape');
		terminal.press('enter');
		await terminal.waitFor(/ALBUM\s+YEAR/);
		terminal.press('left');
		await terminal.waitFor(`20 loaded · 15/${artists.length}`);
		// A frame can reach the terminal in more than one piece: wait for its selected row too.
		await terminal.waitFor(`› ${artists[14]?.name}`);
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(requests);
		terminal.write('j'.repeat(5));
		await terminal.waitFor(`30 loaded · 20/${artists.length}`);
		terminal.write('j'.repeat(5));
		await terminal.waitFor(`30 loaded · 25/${artists.length}`);
		await terminal.waitFor(`› ${artists[24]?.name}`);
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});
});

describe('links and searches', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const open = () => startCliInTerminal(['--config', session().configPath], {env: session().env});

	test('a pasted album link opens the album', async () => {
		const album = firstAlbum(sandbox());
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write(`\u001B[200~https://open.spotify.com/album/${album.id}?si=x\u001B[201~`);
		await terminal.waitFor(/#\s+TITLE\s+TIME/);
		await terminal.waitFor(`musicterminal › ${album.name.slice(0, 30)}`);
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('searches are kept for the next run, in the config directory, readable by the user only', async () => {
		const first = open();
		await first.waitFor('Search artists:');
		first.write('endless\r');
		await first.waitFor('› The Endless Archive Orchestra');
		first.press('q');
		expect(await first.exit()).toBe(0);
		const file = join(session().env.XDG_CONFIG_HOME ?? '', 'musicterminal', 'search-history.json');
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		const second = open();
		await second.waitFor(/Recent searches[^\n]*\n {2}endless/);
		second.press('ctrl-c');
		expect(await second.exit()).toBe(0);
	});
});

describe('with no active device', () => {
	const sandbox = withSandbox({noActiveDevice: true});
	const session = withCommandSession(sandbox);

	test('playing opens the device picker, and the chosen device plays the track', async () => {
		const album = firstAlbum(sandbox());
		const terminal = startCliInTerminal(['--config', session().configPath], {env: session().env});
		await browseToTracks(terminal);
		terminal.press('enter');
		await terminal.waitFor('No Spotify device is active: choose one to play on.');
		await terminal.waitFor(/Pocket Phone\s+Smartphone/);
		terminal.press('down');
		terminal.press('enter');
		await terminal.waitFor(`▶ ${trackName(sandbox(), album.trackIds[0])}`);
		await terminal.waitFor('on Pocket Phone');
		expect(sandbox().player.snapshot()).toMatchObject({trackId: album.trackIds[0], isPlaying: true});
		expect(sandbox().player.snapshot()?.device.id).toBe(pocketPhoneId);
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});
});

describe('starting', () => {
	test('--demo runs the app against its own sandbox, with no config and no account', async () => {
		const terminal = startCliInTerminal(['--demo'], {env: {XDG_CONFIG_HOME: '/nonexistent'}});
		await terminal.waitFor(/musicterminal › Search +demo/);
		await browseToTracks(terminal);
		terminal.press('enter');
		await terminal.waitFor(/▶ .+/);
		await terminal.waitFor('on Studio Desktop');
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('without a terminal it refuses, pointing to the commands', async () => {
		const cli = startCli(['--demo']);
		expect(await cli.exit()).toBe(1);
		expect(cli.stderr()).toMatch(
			/^musicterminal: the full-screen app needs a terminal .* `musicterminal search`/,
		);
	});
});
