import {describe, expect, test} from 'vitest';
import {
	defaultDevices,
	kitchenSpeakerId,
	pocketPhoneId,
	studioDesktopId,
} from '../../source/sandbox/player/devices.js';
import {SpotifyApiError} from '../../source/spotify/spotify-errors.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

describe('with an active device', () => {
	const sandbox = withSandbox();

	test('play an album from its third track, then read what plays', async () => {
		const {client} = await loggedInClient(sandbox());
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
		await client.player.play({contextUri: `spotify:album:${album?.id}`, offset: {position: 2}});
		const state = await client.player.state();
		expect(state?.is_playing).toBe(true);
		expect(state?.context?.uri).toBe(`spotify:album:${album?.id}`);
		expect(state?.item?.id).toBe(album?.trackIds[2]);
		expect(state?.device.name).toBe('Studio Desktop');
	});

	test('pause, volume, shuffle and repeat reach the device and show in the state', async () => {
		const {client} = await loggedInClient(sandbox());
		const track = sandbox().catalog.tracks[0];
		await client.player.play({trackUris: [`spotify:track:${track?.id}`]});
		await client.player.pause();
		await client.player.setVolume(140);
		await client.player.setShuffle(true);
		await client.player.setRepeat('track');
		const state = await client.player.state();
		expect(state).toMatchObject({
			is_playing: false,
			shuffle_state: true,
			repeat_state: 'track',
			device: {volume_percent: 100},
		});
	});

	test('a device is found by name, by the start of its name, or by id', async () => {
		const {client} = await loggedInClient(sandbox());
		expect((await client.player.findDevice('kitchen speaker')).id).toBe(kitchenSpeakerId);
		expect((await client.player.findDevice('Pocket')).id).toBe(pocketPhoneId);
		expect((await client.player.findDevice(studioDesktopId)).name).toBe('Studio Desktop');
		await expect(client.player.findDevice('Car')).rejects.toThrow(
			'no device called "Car": available are Studio Desktop, Pocket Phone, Kitchen Speaker.',
		);
	});

	test('nothing active is no state at all', async () => {
		const {client} = await loggedInClient(sandbox());
		expect(await client.player.state()).toBeUndefined();
	});
});

describe('with no active device and exactly one available', () => {
	const sandbox = withSandbox({devices: defaultDevices({noneActive: true}).slice(1, 2)});

	test('a command transfers to that device and goes again', async () => {
		const {client} = await loggedInClient(sandbox());
		const track = sandbox().catalog.tracks[0];
		await client.player.play({trackUris: [`spotify:track:${track?.id}`]});
		const state = await client.player.state();
		expect(state?.device.id).toBe(pocketPhoneId);
		expect(state?.is_playing).toBe(true);
		expect(
			sandbox()
				.traffic.records.filter((record) => record.path.startsWith('/v1/me/player'))
				.map((record) => `${record.method} ${record.path} ${record.status}`),
		).toEqual([
			'PUT /v1/me/player/play 404',
			'GET /v1/me/player/devices 200',
			'PUT /v1/me/player 204',
			'PUT /v1/me/player/play 204',
			'GET /v1/me/player 200',
		]);
	});
});

describe('with no active device and several available', () => {
	const sandbox = withSandbox({noActiveDevice: true});

	test('the error lists the devices and nothing is transferred', async () => {
		const {client} = await loggedInClient(sandbox());
		const error = await client.player.next().catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(SpotifyApiError);
		expect(error).toMatchObject({status: 404, reason: 'NO_ACTIVE_DEVICE'});
		expect((error as Error).message).toBe(
			'no Spotify device is active, and 3 are available (Studio Desktop, Pocket Phone, Kitchen Speaker): choose one with --device <name>, or set device in /home/listener/.config/musicterminal/config.yaml.',
		);
		expect(sandbox().traffic.count('PUT', '/v1/me/player')).toBe(0);
		expect(sandbox().traffic.count('POST', '/v1/me/player/next')).toBe(1);
	});

	test('the configured device is the one woken', async () => {
		const {client} = await loggedInClient(sandbox(), {config: {device: 'kitchen speaker'}});
		const track = sandbox().catalog.tracks[0];
		await client.player.play({trackUris: [`spotify:track:${track?.id}`]});
		expect((await client.player.state())?.device.id).toBe(kitchenSpeakerId);
	});

	test('a command aimed at a device goes there without asking', async () => {
		const {client} = await loggedInClient(sandbox());
		const track = sandbox().catalog.tracks[0];
		await client.player.play({trackUris: [`spotify:track:${track?.id}`]}, {deviceId: pocketPhoneId});
		expect((await client.player.state())?.device.id).toBe(pocketPhoneId);
		expect(sandbox().traffic.count('GET', '/v1/me/player/devices')).toBe(0);
	});
});
