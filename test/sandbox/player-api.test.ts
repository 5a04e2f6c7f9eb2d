import {describe, expect, test} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {callApi, userTokens, withSandbox} from '../helpers/sandbox-session.js';

type PlaybackState = {
	device: {id: string; name: string; is_active: boolean; volume_percent: number | null};
	context: {type: string; uri: string} | null;
	item: {id: string; uri: string; duration_ms: number};
	is_playing: boolean;
	progress_ms: number;
	shuffle_state: boolean;
	repeat_state: string;
};

async function session(sandbox: Sandbox) {
	const {accessToken} = await userTokens(sandbox);
	const call = (method: string, path: string, body?: unknown) =>
		callApi(sandbox, accessToken, method, path, body);
	const state = async () => (await call('GET', '/me/player')).body as PlaybackState;
	const album = sandbox.catalog.albums.find((candidate) => candidate.trackIds.length >= 5);
	if (album === undefined) {
		throw new Error('the catalog has no album of five tracks');
	}

	return {call, state, album, accessToken};
}

describe('playback over HTTP', () => {
	const sandbox = withSandbox();

	test('playing an album from its third track plays that track in the album context on the active device', async () => {
		const {call, state, album} = await session(sandbox());
		const computer = sandbox()
			.player.devices()
			.find((device) => device.isActive);
		const answer = await call('PUT', '/me/player/play', {
			context_uri: `spotify:album:${album.id}`,
			offset: {position: 2},
		});
		expect(answer.status).toBe(204);

		const now = await state();
		expect(now.item.id).toBe(album.trackIds[2]);
		expect(now.context).toMatchObject({type: 'album', uri: `spotify:album:${album.id}`});
		expect(now.device.id).toBe(computer?.id);
		expect(now.is_playing).toBe(true);
	});

	test('progress advances with time, and the next track follows when one ends', async () => {
		const {call, state, album} = await session(sandbox());
		await call('PUT', '/me/player/play', {
			context_uri: `spotify:album:${album.id}`,
			offset: {uri: `spotify:track:${album.trackIds[0]}`},
		});
		sandbox().clock.advance(10_000);
		expect((await state()).progress_ms).toBeGreaterThanOrEqual(10_000);

		const first = await state();
		sandbox().clock.advance(first.item.duration_ms - first.progress_ms + 1000);
		expect((await state()).item.id).toBe(album.trackIds[1]);
	});

	test('next, previous, pause, resume, seek, shuffle and repeat change what the state shows', async () => {
		const {call, state, album} = await session(sandbox());
		await call('PUT', '/me/player/play', {context_uri: `spotify:album:${album.id}`});
		expect((await call('POST', '/me/player/next')).status).toBe(204);
		expect((await state()).item.id).toBe(album.trackIds[1]);
		await call('POST', '/me/player/previous');
		expect((await state()).item.id).toBe(album.trackIds[0]);

		await call('PUT', '/me/player/pause');
		expect((await state()).is_playing).toBe(false);
		const paused = await call('PUT', '/me/player/pause');
		expect(paused.body).toEqual({
			error: {status: 403, message: 'Player command failed: Restriction violated', reason: 'UNKNOWN'},
		});
		await call('PUT', '/me/player/play');
		expect((await state()).is_playing).toBe(true);

		await call('PUT', '/me/player/seek?position_ms=42000');
		expect((await state()).progress_ms).toBeGreaterThanOrEqual(42_000);
		await call('PUT', '/me/player/shuffle?state=true');
		await call('PUT', '/me/player/repeat?state=track');
		expect(await state()).toMatchObject({shuffle_state: true, repeat_state: 'track'});
	});

	test('a queued track plays next, before the rest of the album', async () => {
		const {call, state, album} = await session(sandbox());
		await call('PUT', '/me/player/play', {context_uri: `spotify:album:${album.id}`});
		await call('POST', `/me/player/queue?uri=spotify:track:${album.trackIds[4]}`);
		await call('POST', '/me/player/next');
		expect((await state()).item.id).toBe(album.trackIds[4]);
	});

	test('transfer moves playback to the phone; volume on the speaker is refused', async () => {
		const {call, state, album} = await session(sandbox());
		const devices = sandbox().player.devices();
		const phone = devices.find((device) => device.type === 'Smartphone');
		const speaker = devices.find((device) => !device.supportsVolume);
		await call('PUT', '/me/player/play', {context_uri: `spotify:album:${album.id}`});

		await call('PUT', '/me/player', {device_ids: [phone?.id], play: true});
		expect((await state()).device).toMatchObject({id: phone?.id, is_active: true});
		await call('PUT', '/me/player/volume?volume_percent=30');
		expect((await state()).device.volume_percent).toBe(30);

		await call('PUT', '/me/player', {device_ids: [speaker?.id]});
		const refused = await call('PUT', '/me/player/volume?volume_percent=30');
		expect(refused.body).toEqual({
			error: {
				status: 403,
				message: 'Player command failed: Cannot control device volume',
				reason: 'VOLUME_CONTROL_DISALLOW',
			},
		});
	});

	test('a free user gets PREMIUM_REQUIRED on commands but can still read devices', async () => {
		const {call} = await session(sandbox());
		sandbox().controls.premium = false;
		expect((await call('PUT', '/me/player/play', {})).body).toEqual({
			error: {status: 403, message: 'Player command failed: Premium required', reason: 'PREMIUM_REQUIRED'},
		});
		expect((await call('GET', '/me/player/devices')).status).toBe(200);
	});

	test('a token without the modify scope gets 401 Permissions missing', async () => {
		const {accessToken} = await userTokens(sandbox(), ['user-read-playback-state']);
		const answer = await callApi(sandbox(), accessToken, 'POST', '/me/player/next');
		expect(answer.body).toEqual({error: {status: 401, message: 'Permissions missing'}});
	});

	test('a malformed body or bad parameters are 400s', async () => {
		const {call, accessToken} = await session(sandbox());
		const response = await fetch(`${sandbox().origin}/v1/me/player/play`, {
			method: 'PUT',
			headers: {authorization: `Bearer ${accessToken}`, 'content-type': 'application/json'},
			body: '{',
		});
		expect(await response.json()).toEqual({error: {status: 400, message: 'Malformed json'}});
		expect((await call('PUT', '/me/player/play', {uris: 'spotify:track:x'})).status).toBe(400);
		expect((await call('PUT', '/me/player/repeat?state=all')).status).toBe(400);
		expect((await call('PUT', '/me/player/shuffle?state=yes')).status).toBe(400);
		expect((await call('PUT', '/me/player', {device_ids: ['a', 'b']})).status).toBe(400);
		expect((await call('POST', '/me/player/queue?uri=spotify:album:abc')).status).toBe(400);
	});
});

describe('playback with no active device', () => {
	const sandbox = withSandbox({noActiveDevice: true});

	test('commands answer 404 NO_ACTIVE_DEVICE and the state is 204 until a device is chosen', async () => {
		const {call, state, album} = await session(sandbox());
		expect((await call('GET', '/me/player')).status).toBe(204);
		const answer = await call('PUT', '/me/player/play', {context_uri: `spotify:album:${album.id}`});
		expect(answer.body).toEqual({
			error: {
				status: 404,
				message: 'Player command failed: No active device found',
				reason: 'NO_ACTIVE_DEVICE',
			},
		});

		const phone = sandbox()
			.player.devices()
			.find((device) => device.type === 'Smartphone');
		const onPhone = await call('PUT', `/me/player/play?device_id=${phone?.id}`, {
			context_uri: `spotify:album:${album.id}`,
		});
		expect(onPhone.status).toBe(204);
		expect((await state()).device.id).toBe(phone?.id);
	});
});
