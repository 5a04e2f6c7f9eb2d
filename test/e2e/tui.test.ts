import stringWidth from 'string-width';
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
		expect(await terminal.exit()).toBe(0);
		// The terminal is handed back as it was: the app's screen is gone.
		expect(terminal.screen()).not.toContain('musicterminal ›');
	});

	test('a resize redraws at the new size; too small says so; Ctrl-C quits', async () => {
		const terminal = open();
		await browseToTracks(terminal);
		terminal.resize(60, 20);
		await terminal.waitFor(/^musicterminal › .{0,50}$/m);
		expect(
			terminal
				.screen()
				.split('\n')
				.every((line) => stringWidth(line) <= 60),
		).toBe(true);
		await terminal.waitFor(/#\s+TITLE\s+TIME/);
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
		await terminal.waitFor('the Spotify Web API failed on GET /search');
		await terminal.waitFor('Press Enter to try again.');
		fault.remove();
		terminal.press('enter');
		await terminal.waitFor('› The Endless Archive Orchestra');
		terminal.press('q');
		expect(await terminal.exit()).toBe(0);
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
