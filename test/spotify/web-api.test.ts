import {createServer} from 'node:http';
import {afterEach, describe, expect, test} from 'vitest';
import {SessionExpiredError} from '../../source/auth/auth-errors.js';
import {
	MissingScopeError,
	PlaybackNeedsLoginError,
	RateLimitedError,
	SpotifyApiError,
	SpotifyNetworkError,
	UnexpectedResponseError,
} from '../../source/spotify/spotify-errors.js';
import {freePort} from '../helpers/auth-setup.js';
import {failure} from '../helpers/failure.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {appClient, loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const unknownAlbumId = '0000000000000000000000';

function someAlbumId(): string {
	const album = sandbox().catalog.albums[0];
	if (album === undefined) {
		throw new Error('empty catalog');
	}

	return album.id;
}

describe('answers with an error status', () => {
	test('an unknown album is a SpotifyApiError naming it', async () => {
		const {client} = await loggedInClient(sandbox());
		const error = await failure(client.catalog.album(unknownAlbumId));
		expect(error).toBeInstanceOf(SpotifyApiError);
		expect(error).toMatchObject({status: 404, apiMessage: 'Resource not found'});
		expect(error.message).toBe(
			`Spotify has no album ${unknownAlbumId} (Resource not found, HTTP 404): check the id, URI or link.`,
		);
	});

	test('a request Spotify refuses in its own words names the call and what to check', async () => {
		const {client} = await loggedInClient(sandbox());
		const error = await failure(client.catalog.artist('not-an-id'));
		expect(error).toMatchObject({status: 400});
		expect(error.message).toBe(
			'Spotify refused GET /artists/not-an-id for artist not-an-id (Invalid base62 id, HTTP 400): check the id, URI or link.',
		);
	});

	test('a free account is told that playback needs Premium', async () => {
		sandbox().controls.premium = false;
		const {client} = await loggedInClient(sandbox());
		const error = await failure(client.player.pause());
		expect(error).toMatchObject({status: 403, reason: 'PREMIUM_REQUIRED'});
		expect(error.message).toBe(
			'controlling playback needs Spotify Premium on the account you logged in with.',
		);
	});

	test('an app owner without Premium and a user off the allow-list each get their own sentence', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().controls.ownerPremium = false;
		expect((await failure(client.catalog.album(someAlbumId()))).message).toMatch(
			/^the Spotify account that owns this app .* needs Premium/,
		);
		sandbox().controls.ownerPremium = true;
		sandbox().controls.userAllowListed = false;
		expect((await failure(client.player.devices())).message).toMatch(
			/^your Spotify account is not on this app's user list: add it under User Management/,
		);
	});

	test('a player refusal with a known reason reads as what happened', async () => {
		const {client} = await loggedInClient(sandbox());
		const error = await failure(client.player.next());
		expect(error).toMatchObject({status: 403, reason: 'NOT_PLAYING_TRACK'});
		expect(error.message).toBe('nothing is playing: start something with `musicterminal play <uri>`.');
	});

	test('a missing scope is named, with logging in to grant it', async () => {
		const {client} = await loggedInClient(sandbox(), {scopes: ['user-modify-playback-state']});
		const error = await failure(client.player.devices());
		expect(error).toBeInstanceOf(MissingScopeError);
		expect(error.message).toBe(
			'your Spotify login does not allow this: GET /me/player/devices needs user-read-playback-state (Permissions missing, HTTP 401). Run `musicterminal login` again to allow seeing what plays, the queue and your devices (user-read-playback-state).',
		);
	});
});

describe('access tokens', () => {
	test('a token Spotify no longer accepts is refreshed once and the request repeated once', async () => {
		const {client, store} = await loggedInClient(sandbox());
		const before = store.read()?.accessToken;
		sandbox().clock.advance(2 * 3_600_000);
		const album = await client.catalog.album(someAlbumId());
		expect(album.id).toBe(someAlbumId());
		expect(sandbox().traffic.count('POST', '/api/token')).toBe(2); // the login, then one refresh
		expect(sandbox().traffic.count('GET', `/v1/albums/${someAlbumId()}`)).toBe(2);
		expect(store.read()?.accessToken).not.toBe(before);
	});

	test('a refused refresh ends in SessionExpiredError and keeps the refresh token', async () => {
		const {client, store} = await loggedInClient(sandbox());
		const {refreshToken} = store.read() ?? {};
		sandbox().clock.advance(200 * 24 * 3_600_000);
		const error = await failure(client.player.devices());
		expect(error).toBeInstanceOf(SessionExpiredError);
		expect(error.message).toBe('your Spotify session has expired: run `musicterminal login`.');
		expect(store.read()?.refreshToken).toBe(refreshToken);
	});

	test('playback with an app token is refused before any request, with what to change', async () => {
		const {client} = appClient(sandbox());
		const error = await failure(client.player.play(undefined));
		expect(error).toBeInstanceOf(PlaybackNeedsLoginError);
		expect(error.message).toBe(
			'playback needs a Spotify login, and /home/listener/.config/musicterminal/config.yaml uses CLIENT_CREDENTIALS (catalog only): set auth_method: AUTHORIZATION_CODE there and run `musicterminal login`.',
		);
		expect(sandbox().traffic.count(undefined, /^\/v1\//)).toBe(0);
	});
});

describe('rate limits', () => {
	test('Retry-After is waited out and announced, then the request goes again', async () => {
		const {client, retries} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'rate-limit', retryAfterSeconds: 1},
		});
		const page = await client.catalog.search('artist', 'the');
		expect(page.items.length).toBeGreaterThan(0);
		expect(retries).toEqual([
			{reason: 'rate-limit', method: 'GET', path: '/v1/search', attempt: 1, delayMs: 1000},
		]);
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(2);
	});

	test.each([
		['after two 502s', ['502', '502', '429']],
		['before two 502s', ['429', '502', '502']],
	] as const)(
		'a 429 %s is waited out all the same: its wait spends none of the retries',
		async (_name, order) => {
			const {client, retries} = await loggedInClient(sandbox(), {tuning: {backoffLimitMs: 1}});
			for (const answer of order) {
				sandbox().faults.inject({
					path: '/v1/search',
					fault:
						answer === '429'
							? {kind: 'rate-limit', retryAfterSeconds: 1}
							: {kind: 'server-error', status: 502, body: 'json'},
				});
			}

			const page = await client.catalog.search('artist', 'the');
			expect(page.items.length).toBeGreaterThan(0);
			expect(retries.map((retry) => retry.reason)).toEqual(
				order.map((answer) => (answer === '429' ? 'rate-limit' : 'server-error')),
			);
			expect(sandbox().traffic.count('GET', '/v1/search')).toBe(4);
		},
	);

	test('a Retry-After beyond the limit fails at once, saying how long to wait', async () => {
		const {client, retries} = await loggedInClient(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'rate-limit', retryAfterSeconds: 120}});
		const error = await failure(client.catalog.search('artist', 'the'));
		expect(error).toBeInstanceOf(RateLimitedError);
		expect(error).toMatchObject({retryAfterSeconds: 120, quotaExceeded: false});
		expect(error.message).toBe('Spotify is limiting how often this app may call it: try again in 120 s.');
		expect(retries).toEqual([]);
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(1);
	});

	test('an exhausted quota is not retried and is explained', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'quota-exceeded'}, times: 5});
		const error = await failure(client.catalog.search('artist', 'the'));
		expect(error).toMatchObject({status: 429, reason: 'QUOTA_EXCEEDED', quotaExceeded: true});
		expect(error.message).toMatch(/^this app has used up its Spotify request quota \(QUOTA_EXCEEDED\)/);
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(1);
	});
});

describe('retries after failures', () => {
	test.each(['json', 'html', 'empty'] as const)(
		'a GET after a 5xx with a %s body is retried',
		async (body) => {
			const {client, retries} = await loggedInClient(sandbox());
			sandbox().faults.inject({
				path: /^\/v1\/albums\//,
				fault: {kind: 'server-error', status: 502, body},
				times: 2,
			});
			const album = await client.catalog.album(someAlbumId());
			expect(album.id).toBe(someAlbumId());
			expect(retries.map((retry) => [retry.reason, retry.attempt])).toEqual([
				['server-error', 1],
				['server-error', 2],
			]);
		},
	);

	test('a GET that keeps failing gives up after the retry limit and says how often it tried', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: /^\/v1\/albums\//,
			fault: {kind: 'server-error', status: 503, body: 'html'},
			times: Number.POSITIVE_INFINITY,
		});
		const error = await failure(client.catalog.album(someAlbumId()));
		expect(error).toMatchObject({status: 503});
		expect(error.message).toBe(
			`the Spotify Web API failed on GET /albums/${someAlbumId()} (HTTP 503, also after 2 more tries): try again in a minute.`,
		);
		expect(sandbox().traffic.count('GET', `/v1/albums/${someAlbumId()}`)).toBe(3);
	});

	test('an idempotent PUT (volume) is retried after a 5xx and takes effect once', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: '/v1/me/player/volume',
			fault: {kind: 'server-error', status: 500, body: 'json'},
		});
		await client.player.setVolume(30);
		expect(sandbox().traffic.count('PUT', '/v1/me/player/volume')).toBe(2);
		expect(
			sandbox()
				.player.devices()
				.find((device) => device.isActive)?.volumePercent,
		).toBe(30);
	});

	test.each([
		['a 502', {kind: 'server-error', status: 502, body: 'json'}],
		['a dropped connection', {kind: 'drop-connection'}],
		['no answer in time', {kind: 'slow', delayMs: 400}],
	] as const)('next is never sent twice, even after %s', async (_name, fault) => {
		const {client} = await loggedInClient(sandbox(), {tuning: {timeoutMs: 150}});
		sandbox().faults.inject({path: '/v1/me/player/next', fault});
		const error = await failure(client.player.next());
		expect(error).toBeInstanceOf(fault.kind === 'server-error' ? SpotifyApiError : SpotifyNetworkError);
		expect(sandbox().traffic.count('POST', '/v1/me/player/next')).toBe(1);
		if (fault.kind !== 'server-error') {
			expect(error.message).toMatch(/It may have reached Spotify, so it was not sent again\.$/);
		}
	});

	test('a dropped connection or a cut-off body on a GET is retried', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({path: /^\/v1\/albums\//, fault: {kind: 'drop-connection'}});
		sandbox().faults.inject({path: /^\/v1\/albums\//, fault: {kind: 'truncated-body'}});
		const album = await client.catalog.album(someAlbumId());
		expect(album.id).toBe(someAlbumId());
		expect(sandbox().traffic.count('GET', `/v1/albums/${someAlbumId()}`)).toBe(3);
	});

	test('a request with no answer in time is a SpotifyNetworkError that says so', async () => {
		const {client} = await loggedInClient(sandbox(), {tuning: {timeoutMs: 150, retryLimit: 0}});
		sandbox().faults.inject({path: /^\/v1\/albums\//, fault: {kind: 'slow', delayMs: 400}});
		const error = await failure(client.catalog.album(someAlbumId()));
		expect(error).toMatchObject({timedOut: true});
		expect(error.message).toBe(
			`the Spotify Web API at ${sandbox().origin}/v1 was too slow to answer GET /albums/${someAlbumId()} (no answer within 150 ms): try again in a moment; if it stays slow, check your connection, or api_url in /home/listener/.config/musicterminal/config.yaml.`,
		);
	});
});

describe('a command answered by someone else', () => {
	// As a captive portal does: a 200 with its sign-in page, for whatever was asked.
	test.each([
		['PUT', '/v1/me/player/volume', 'volume 30'],
		['PUT', '/v1/me/player/pause', 'pause'],
		['POST', '/v1/me/player/next', 'next'],
		['POST', '/v1/me/player/queue', 'queue add'],
		['PUT', '/v1/me/library', 'like'],
		['DELETE', '/v1/me/library', 'unlike'],
	] as const)(
		'%s %s (%s) with a 200 and an HTML page is not done, and says why',
		async (method, path, _name) => {
			const {client} = await loggedInClient(sandbox());
			const uri = `spotify:track:${sandbox().catalog.tracks[0]?.id ?? ''}`;
			const volumeBefore = sandbox()
				.player.devices()
				.find((device) => device.isActive)?.volumePercent;
			await client.player.play({trackUris: [uri]});
			sandbox().faults.inject({path, method, fault: {kind: 'not-json'}});
			const command = {
				'/v1/me/player/volume': async () => client.player.setVolume(30),
				'/v1/me/player/pause': async () => client.player.pause(),
				'/v1/me/player/next': async () => client.player.next(),
				'/v1/me/player/queue': async () => client.player.addToQueue(uri),
				'/v1/me/library': async () =>
					method === 'PUT' ? client.library.save([uri]) : client.library.remove([uri]),
			}[path];
			const error = await failure(command());
			expect(error).toBeInstanceOf(UnexpectedResponseError);
			expect(error.message).toMatch(
				new RegExp(
					`^${method} /${path.slice(4)} was answered with an HTML page, not by Spotify, so it was most likely not done: if this network asks you to sign in first`,
				),
			);
			expect(error.message).toMatch(/check api_url and api_version in .*config\.yaml\.$/);
			expect(sandbox().player.snapshot()?.isPlaying).toBe(true);
			expect(
				sandbox()
					.player.devices()
					.find((device) => device.isActive)?.volumePercent,
			).toBe(volumeBefore);
		},
	);

	test('an empty answer and a JSON answer are Spotify saying it is done', async () => {
		const {client} = await loggedInClient(sandbox());
		await client.player.setVolume(30);
		expect(
			sandbox()
				.player.devices()
				.find((device) => device.isActive)?.volumePercent,
		).toBe(30);
	});
});

describe('servers that are not Spotify', () => {
	const servers: Array<{close(): void}> = [];
	afterEach(() => {
		for (const server of servers.splice(0)) {
			server.close();
		}
	});

	test('https to the plain http server says TLS failed and what that likely means', async () => {
		const {client} = await loggedInClient(sandbox(), {
			config: {apiBaseUrl: `https://127.0.0.1:${sandbox().port}/v1`},
			tuning: {retryLimit: 0},
		});
		const error = await failure(client.catalog.album(someAlbumId()));
		expect(error).toBeInstanceOf(SpotifyNetworkError);
		expect(error.message).toContain(
			'(TLS failed: the server does not speak TLS, so it is likely a plain http server, and the address wants http://, EPROTO)',
		);
	});

	test('nothing listening at api_url is a network error naming the address', async () => {
		const port = await freePort();
		const {client} = await loggedInClient(sandbox(), {
			config: {apiBaseUrl: `http://127.0.0.1:${port}/v1`},
			tuning: {retryLimit: 0},
		});
		const error = await failure(client.catalog.album(someAlbumId()));
		expect(error).toBeInstanceOf(SpotifyNetworkError);
		expect(error.message).toMatch(
			new RegExp(
				`^could not reach the Spotify Web API at http://127\\.0\\.0\\.1:${port}/v1 for GET /albums/\\w+ \\(connection refused, ECONNREFUSED\\)`,
			),
		);
	});

	test.each([
		['HTML', 'text/html', '<html>welcome</html>', 'not JSON'],
		[
			'JSON of another shape',
			'application/json',
			'{"name": 3}',
			'name: Invalid type: Expected string but received 3',
		],
	])('a 200 with %s is an UnexpectedResponseError', async (_name, type, body, problem) => {
		const server = createServer((_request, response) => {
			response.writeHead(200, {'content-type': type}).end(body);
		});
		servers.push(server);
		await new Promise<void>((resolve) => {
			server.listen(0, '127.0.0.1', resolve);
		});
		const address = server.address();
		const port = typeof address === 'object' && address !== null ? address.port : 0;
		const {client} = await loggedInClient(sandbox(), {config: {apiBaseUrl: `http://127.0.0.1:${port}/v1`}});
		const error = await failure(client.catalog.album(someAlbumId()));
		expect(error).toBeInstanceOf(UnexpectedResponseError);
		expect(error.message).toContain(`(${problem}`);
		expect(error.message).toMatch(/check api_url and api_version in .*config\.yaml\.$/);
	});
});
