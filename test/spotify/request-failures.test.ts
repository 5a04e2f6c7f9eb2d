import {describe, expect, test} from 'vitest';
import {SpotifyNetworkError} from '../../source/spotify/spotify-errors.js';
import {freePort} from '../helpers/auth-setup.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const configPath = '/home/listener/.config/musicterminal/config.yaml';

async function failure(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof Error) {
			return error;
		}
	}

	throw new Error('expected the call to fail');
}

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
