import {describe, expect, test} from 'vitest';
import {basicAuth, callApi, postToken, userTokens, withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

async function control(method: string, path: string, body?: unknown, type = 'application/json') {
	const response = await fetch(`${sandbox().origin}/_sandbox${path}`, {
		method,
		headers: body === undefined ? {} : {'content-type': type},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}

describe('the control endpoint', () => {
	test('GET tells the controls, faults, scenes, what plays and the catalog highlights', async () => {
		const {status, body} = await control('GET', '');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			controls: {premium: true, pageTotals: 'exact'},
			faults: [],
			scenes: expect.arrayContaining(['local-file', 'ad', 'device-gone']),
			player: {playing: null},
			highlights: {showId: sandbox().catalog.highlights.showId},
		});
	});

	test('a fault switched on answers every matching request until it is switched off', async () => {
		const {accessToken} = await userTokens(sandbox());
		const on = await control('POST', '/faults', {spec: 'server-error,status=503,path=/v1/me/player/devices'});
		expect(on.body).toMatchObject({faults: [{kind: 'server-error', status: 503, remaining: 'all'}]});
		for (let attempt = 0; attempt < 3; attempt += 1) {
			expect((await callApi(sandbox(), accessToken, 'GET', '/me/player/devices')).status).toBe(503);
		}

		// The control endpoint itself is never faulted.
		await control('POST', '/faults', {spec: 'drop-connection,path=/*'});
		expect((await control('GET', '')).status).toBe(200);
		await control('DELETE', '/faults');
		expect((await callApi(sandbox(), accessToken, 'GET', '/me/player/devices')).status).toBe(200);
	});

	test('echo, switched on here, repeats the request in the error of both services, and goes off again', async () => {
		const {accessToken, refreshToken} = await userTokens(sandbox());
		await control('POST', '/faults', {spec: 'echo'});
		const api = await callApi(sandbox(), accessToken, 'PUT', '/me/player/volume?volume_percent=20', {x: 1});
		expect(api.body).toEqual({
			error: {
				status: 400,
				message: `Malformed request. You sent Authorization: Bearer ${accessToken} and the body {"x":1}`,
			},
		});
		const token = await postToken(
			sandbox(),
			{grant_type: 'refresh_token', refresh_token: refreshToken},
			{
				authorization: basicAuth(sandbox()),
			},
		);
		expect(token).toEqual({
			status: 400,
			body: {
				error: 'invalid_request',
				error_description: `Malformed request. You sent Authorization: ${basicAuth(sandbox())} and the body grant_type=refresh_token&refresh_token=${refreshToken}`,
			},
		});
		await control('DELETE', '/faults');
		expect((await callApi(sandbox(), accessToken, 'GET', '/me/player/devices')).status).toBe(200);
	});

	test('a scene puts the player into a state Spotify gets into', async () => {
		const {accessToken} = await userTokens(sandbox());
		expect((await control('POST', '/player', {scene: 'local-file'})).body).toMatchObject({
			playing: 'local-file',
			isPlaying: true,
		});
		const state = await callApi(sandbox(), accessToken, 'GET', '/me/player');
		expect(state.body).toMatchObject({item: {is_local: true, id: null}});
	});

	test('controls change while it runs, and every access token can be made to expire', async () => {
		const {accessToken} = await userTokens(sandbox());
		expect((await control('PUT', '/controls', {premium: false, pageTotals: 'more'})).body).toMatchObject({
			premium: false,
			pageTotals: 'more',
		});
		expect(sandbox().controls).toMatchObject({premium: false, pageTotals: 'more'});
		await control('POST', '/tokens/expire');
		const expired = await callApi(sandbox(), accessToken, 'GET', '/me/player/devices');
		expect(expired.status).toBe(401);
		expect(expired.body).toMatchObject({error: {message: 'The access token expired'}});
	});

	test('what it cannot use is refused with what is wrong', async () => {
		expect(await control('POST', '/faults', {spec: 'meltdown'})).toEqual({
			status: 400,
			body: {
				error: {
					status: 400,
					message:
						'"meltdown" is not a fault: choose from rate-limit, quota-exceeded, server-error, slow, truncated-body, drop-connection, not-json, echo.',
				},
			},
		});
		expect((await control('POST', '/player', {scene: 'earthquake'})).body).toMatchObject({
			error: {message: expect.stringMatching(/^scene: Invalid type: Expected \("track" \| "episode"/)},
		});
		expect((await control('PUT', '/controls', {premium: 'yes'})).status).toBe(400);
		expect((await control('PUT', '/controls', {volume: 3})).status).toBe(400);
		// A web page cannot send JSON here without asking first; other types are refused.
		expect((await control('PUT', '/controls', {premium: false}, 'text/plain')).status).toBe(415);
		expect(sandbox().controls.premium).toBe(true);
	});
});
