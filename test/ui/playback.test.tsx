import {describe, expect, test} from 'vitest';
import {defaultDevices, pocketPhoneId, studioDesktopId} from '../../source/sandbox/player/devices.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {helpLines} from '../../source/ui/keys/keymap.js';
import {type AppSession, startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

/** Search the prolific artist, open the first album with at least three tracks, and wait for its tracks. */
async function openAlbum(app: AppSession, sandbox: Sandbox) {
	const {prolificArtistId} = sandbox.catalog.highlights;
	const entries = sandbox.catalog.artistAlbums(prolificArtistId, [
		'album',
		'single',
		'compilation',
		'appears_on',
	]);
	const index = entries.findIndex((entry) => entry.album.trackIds.length >= 3);
	const album = entries[index]?.album;
	if (album === undefined) {
		throw new Error('no album with three tracks');
	}

	await app.type('endless');
	await app.press('enter');
	await app.waitFor('The Endless Archive Orchestra');
	await app.press('enter');
	await app.waitFor('ALBUM');
	for (let step = 0; step < index; step += 1) {
		await app.press('down');
	}

	await app.press('enter');
	await app.waitFor(/#\s+TITLE\s+TIME/);
	return album;
}

function trackName(sandbox: Sandbox, id: string | undefined): string {
	return sandbox.catalog.tracks.find((track) => track.id === id)?.name ?? '';
}

describe('playing from the tracks screen', () => {
	const sandbox = withSandbox();

	test('Enter plays the album from that track on the active device, and the bar shows it', async () => {
		const app = await startApp(sandbox());
		const album = await openAlbum(app, sandbox());
		await app.press('down', 'enter');
		await app.waitFor(`▶ ${trackName(sandbox(), album.trackIds[1])}`);
		const snapshot = sandbox().player.snapshot();
		expect(snapshot?.context?.uri).toBe(`spotify:album:${album.id}`);
		expect(snapshot?.trackId).toBe(album.trackIds[1]);
		expect(snapshot?.device.id).toBe(studioDesktopId);
		expect(app.frame()).toContain(' on Studio Desktop');
		expect(app.frame()).toMatch(/♪ {2}/);
	});

	test('a plays the whole album from its first track', async () => {
		const app = await startApp(sandbox());
		const album = await openAlbum(app, sandbox());
		await app.press('down', 'down', 'a');
		await app.waitFor(`▶ ${trackName(sandbox(), album.trackIds[0])}`);
		expect(sandbox().player.snapshot()?.trackId).toBe(album.trackIds[0]);
	});

	test('space, n, p, +, -, s and r reach the player and show in the bar', async () => {
		const app = await startApp(sandbox());
		const album = await openAlbum(app, sandbox());
		await app.press('enter');
		await app.waitFor('▶ ');
		await app.press('space');
		await app.waitFor('⏸ ');
		expect(sandbox().player.snapshot()?.isPlaying).toBe(false);
		await app.press('space');
		await app.waitFor('▶ ');
		await app.press('n');
		await app.waitFor(`▶ ${trackName(sandbox(), album.trackIds[1])}`);
		await app.press('p');
		await app.waitFor(`▶ ${trackName(sandbox(), album.trackIds[0])}`);
		await app.press('+');
		await app.waitFor('vol 67%');
		await app.press('-', '-');
		await app.waitFor('vol 57%');
		await app.press('s');
		await app.waitFor('shuffle');
		await app.press('r');
		await app.waitFor('repeat context');
		await app.press('r');
		await app.waitFor('repeat track');
		expect(sandbox().player.snapshot()).toMatchObject({shuffle: true, repeat: 'track'});
	});

	test('d opens the devices; Enter moves playback there', async () => {
		const app = await startApp(sandbox());
		await openAlbum(app, sandbox());
		await app.press('enter');
		await app.waitFor(' on Studio Desktop');
		await app.press('d');
		await app.waitFor(/› Studio Desktop\s+Computer\s+62%\s+active/);
		expect(app.frame()).toContain('↑/↓ choose · Enter play there · Esc close');
		await app.press('down', 'enter');
		await app.waitFor(' on Pocket Phone');
		expect(sandbox().player.snapshot()?.device.id).toBe(pocketPhoneId);
		expect(sandbox().player.snapshot()?.isPlaying).toBe(true);
	});

	test('? shows every key of the keymap, each beside what it does; Esc closes it', async () => {
		const app = await startApp(sandbox());
		await openAlbum(app, sandbox());
		await app.press('?');
		await app.waitFor('Keys · ↑/↓ for more');
		const lines = helpLines();
		for (const {keys, text} of lines) {
			const line = new RegExp(`^${escapeRegExp(keys)} +${escapeRegExp(text)}$`, 'm');
			for (let scrolled = 0; !line.test(app.frame()) && scrolled < lines.length; scrolled += 1) {
				await app.press('down');
			}

			expect(app.frame()).toMatch(line);
		}

		await app.press('escape');
		await app.waitFor(/#\s+TITLE\s+TIME/);
	});

	test('the hint says space pauses while playing and plays while paused', async () => {
		const app = await startApp(sandbox());
		await openAlbum(app, sandbox());
		expect(app.frame()).toContain('space play');
		await app.press('enter');
		await app.waitFor('▶ ');
		await app.waitFor('space pause');
		await app.press('space');
		await app.waitFor('⏸ ');
		expect(app.frame()).toContain('space play');
	});

	test('ss and rr in one read act twice: shuffle on and off, repeat album then track', async () => {
		const app = await startApp(sandbox());
		await openAlbum(app, sandbox());
		await app.press('enter');
		await app.waitFor('▶ ');
		await app.press('ssrr');
		await app.waitFor('repeat track');
		expect(sandbox().traffic.count('PUT', '/v1/me/player/shuffle')).toBe(2);
		expect(sandbox().traffic.count('PUT', '/v1/me/player/repeat')).toBe(2);
		expect(sandbox().player.snapshot()).toMatchObject({shuffle: false, repeat: 'track'});
		expect(app.frame()).not.toContain('shuffle');
	});
});

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('with no active device and several available', () => {
	const sandbox = withSandbox({noActiveDevice: true});

	test('playing opens the device picker with the reason, and the chosen device plays that track', async () => {
		const app = await startApp(sandbox());
		const album = await openAlbum(app, sandbox());
		await app.press('down', 'down', 'enter');
		await app.waitFor('No Spotify device is active: choose one to play on.');
		await app.waitFor(/Pocket Phone\s+Smartphone/);
		await app.press('down', 'enter');
		await app.waitFor(`▶ ${trackName(sandbox(), album.trackIds[2])}`);
		expect(app.frame()).toContain(' on Pocket Phone');
		expect(sandbox().player.snapshot()).toMatchObject({trackId: album.trackIds[2], isPlaying: true});
		expect(sandbox().player.snapshot()?.context?.uri).toBe(`spotify:album:${album.id}`);
	});
});

describe('with no active device and only one', () => {
	const sandbox = withSandbox({devices: defaultDevices({noneActive: true}).slice(1, 2)});

	test('playing goes straight to it', async () => {
		const app = await startApp(sandbox());
		await openAlbum(app, sandbox());
		await app.press('enter');
		await app.waitFor(' on Pocket Phone');
		expect(app.frame()).not.toContain('Devices ·');
	});
});
