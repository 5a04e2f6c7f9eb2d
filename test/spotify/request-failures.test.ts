import {createServer, type Server} from 'node:http';
import {afterEach, describe, expect, test} from 'vitest';
import {
	MissingScopeError,
	SpotifyApiError,
	SpotifyNetworkError,
} from '../../source/spotify/spotify-errors.js';
import {freePort} from '../helpers/auth-setup.js';
import {failure} from '../helpers/failure.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const unknownId = '0000000000000000000000';
const configPath = '/home/listener/.config/musicterminal/config.yaml';

function playableAlbum() {
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
	if (album === undefined) {
		throw new Error('no album with three tracks');
	}

	return album;
}

describe('next and previous under a rate limit', () => {
	test.each(['next', 'previous'] as const)(
		'%s waits out Retry-After, says so, and is carried out once',
		async (command) => {
			const {client, retries} = await loggedInClient(sandbox());
			const album = playableAlbum();
			await client.player.play({contextUri: `spotify:album:${album.id}`, offset: {position: 1}});
			sandbox().faults.inject({
				path: `/v1/me/player/${command}`,
				method: 'POST',
				fault: {kind: 'rate-limit', retryAfterSeconds: 1},
			});
			await client.player[command]();
			expect(retries).toEqual([
				{reason: 'rate-limit', method: 'POST', path: `/v1/me/player/${command}`, attempt: 1, delayMs: 1000},
			]);
			expect(sandbox().traffic.count('POST', `/v1/me/player/${command}`)).toBe(2);
			expect(sandbox().player.snapshot()?.trackId).toBe(album.trackIds[command === 'next' ? 2 : 0]);
		},
	);

	test('a 5xx on next is still not sent again', async () => {
		const {client, retries} = await loggedInClient(sandbox());
		await client.player.play({contextUri: `spotify:album:${playableAlbum().id}`});
		sandbox().faults.inject({
			path: '/v1/me/player/next',
			fault: {kind: 'server-error', status: 503, body: 'json'},
		});
		await failure(client.player.next());
		expect(retries).toEqual([]);
		expect(sandbox().traffic.count('POST', '/v1/me/player/next')).toBe(1);
	});
});

describe('a failed connection', () => {
	test('refused: next says what failed, and not that it may have reached Spotify', async () => {
		const port = await freePort();
		const {client} = await loggedInClient(sandbox(), {config: {apiBaseUrl: `http://127.0.0.1:${port}/v1`}});
		const error = await failure(client.player.next());
		expect(error).toBeInstanceOf(SpotifyNetworkError);
		expect(error.message).toBe(
			`could not reach the Spotify Web API at http://127.0.0.1:${port}/v1 for POST /me/player/next (connection refused, ECONNREFUSED): check your connection, or api_url in ${configPath}.`,
		);
	});

	test('dropped after sending: next says it may have reached Spotify', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({path: '/v1/me/player/next', fault: {kind: 'drop-connection'}});
		const error = await failure(client.player.next());
		expect(error.message).toMatch(/It may have reached Spotify, so it was not sent again\.$/);
	});
});

describe('404: the likely cause for each request', () => {
	test('playing an unknown album names it and says to check it', async () => {
		const {client} = await loggedInClient(sandbox());
		const error = await failure(client.player.play({contextUri: `spotify:album:${unknownId}`}));
		expect(error).toBeInstanceOf(SpotifyApiError);
		expect(error.message).toBe(
			`Spotify has no album spotify:album:${unknownId} (Not found, HTTP 404): check the id, URI or link.`,
		);
	});

	test('playing a playlist Spotify does not find also says it may be one this app may not open', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: '/v1/me/player/play',
			fault: {kind: 'json-answer', status: 404, body: {error: {status: 404, message: 'Not found'}}},
		});
		const error = await failure(client.player.play({contextUri: `spotify:playlist:${unknownId}`}));
		expect(error.message).toBe(
			`Spotify has no playlist spotify:playlist:${unknownId} (Not found, HTTP 404): check the id, URI or link; Spotify says the same of a playlist this app may not open, such as another user's private one.`,
		);
	});

	test('a wrong api_version: the path is not there, so api_url and api_version are to check', async () => {
		const {client} = await loggedInClient(sandbox(), {config: {apiBaseUrl: `${sandbox().origin}/v2`}});
		const error = await failure(client.player.play({contextUri: `spotify:album:${playableAlbum().id}`}));
		expect(error.message).toBe(
			`there is no PUT /me/player/play at api_url and api_version in ${configPath} (Service not found, HTTP 404): check both (Spotify's are https://api.spotify.com and v1).`,
		);
	});
});

describe("400: Spotify's own refusals are not blamed on the server", () => {
	const servers: Server[] = [];
	afterEach(() => {
		for (const server of servers.splice(0)) {
			server.close();
		}
	});

	test('"Invalid offset" says what is refused, not that the server may not be Spotify\'s', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'json-answer', status: 400, body: {error: {status: 400, message: 'Invalid offset'}}},
		});
		const error = await failure(client.catalog.search('artist', 'the', {offset: 990}));
		expect(error.message).toBe(
			'Spotify refused GET /search (Invalid offset, HTTP 400): it asks for more than Spotify allows now, such as a page past its limits; ask for fewer results, or update musicterminal.',
		);
		expect(error.message).not.toContain("may not be Spotify's");
	});

	test('"Only valid bearer authentication supported" is a token problem', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({
			path: '/v1/me/player/devices',
			fault: {
				kind: 'json-answer',
				status: 400,
				body: {error: {status: 400, message: 'Only valid bearer authentication supported'}},
			},
		});
		const error = await failure(client.player.devices());
		expect(error.message).toBe(
			`Spotify did not accept the access token (Only valid bearer authentication supported, HTTP 400), which came from the accounts service at access_token_url in ${configPath}: check access_token_url there, then run \`musicterminal login\` again.`,
		);
	});

	test("a 400 without Spotify's error body may come from another server", async () => {
		const server = createServer((_request, response) => {
			response.writeHead(400, {'content-type': 'text/html'}).end('<h1>Bad Request</h1>');
		});
		servers.push(server);
		await new Promise<void>((resolve) => {
			server.listen(0, '127.0.0.1', resolve);
		});
		const address = server.address();
		const port = typeof address === 'object' && address !== null ? address.port : 0;
		const {client} = await loggedInClient(sandbox(), {config: {apiBaseUrl: `http://127.0.0.1:${port}/v1`}});
		const error = await failure(client.player.devices());
		expect(error.message).toBe(
			`GET /me/player/devices was refused (HTTP 400) without an error in Spotify's form: the server at api_url in ${configPath} may not be Spotify's Web API.`,
		);
	});
});

describe('a missing scope is named, with how to get it', () => {
	const insufficientScope = {
		kind: 'json-answer',
		status: 403,
		body: {error: {status: 403, message: 'Insufficient client scope'}},
	} as const;

	test('a 403 "Insufficient client scope": logging in grants the scope the config asks for', async () => {
		const {client} = await loggedInClient(sandbox());
		sandbox().faults.inject({path: '/v1/me/player/pause', fault: insufficientScope});
		const error = await failure(client.player.pause());
		expect(error.message).toBe(
			'your Spotify login does not allow this: PUT /me/player/pause needs user-modify-playback-state (Insufficient client scope, HTTP 403). Run `musicterminal login` again to allow controlling playback (user-modify-playback-state).',
		);
	});

	test('when the config does not ask for the scope, it is to be added there first', async () => {
		const {client} = await loggedInClient(sandbox(), {config: {scopes: ['user-read-playback-state']}});
		sandbox().faults.inject({path: '/v1/me/player/pause', fault: insufficientScope});
		const error = await failure(client.player.pause());
		expect(error.message).toBe(
			`your Spotify login does not allow this: PUT /me/player/pause needs user-modify-playback-state (Insufficient client scope, HTTP 403), and scopes in ${configPath} does not ask for it. Add user-modify-playback-state to scopes there, then run \`musicterminal login\` again to allow controlling playback (user-modify-playback-state).`,
		);
	});

	test('the sandbox\'s 401 "Permissions missing" names it too', async () => {
		const {client} = await loggedInClient(sandbox(), {
			scopes: ['user-read-playback-state'],
			config: {scopes: ['user-read-playback-state']},
		});
		const error = await failure(client.player.pause());
		expect(error).toBeInstanceOf(MissingScopeError);
		expect(error).toMatchObject({scope: 'user-modify-playback-state', asked: false});
		expect(error.message).toMatch(
			/^your Spotify login does not allow this: PUT \/me\/player\/pause needs user-modify-playback-state \(Permissions missing, HTTP 401\), and scopes in .* does not ask for it\. Add user-modify-playback-state to scopes there/,
		);
	});
});
