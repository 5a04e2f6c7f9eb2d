import {describe, expect, test} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {applyScene} from '../../source/sandbox/scenes.js';
import {
	type ApiAnswer,
	allScopes,
	appToken,
	callApi,
	userTokens,
	withSandbox,
} from '../helpers/sandbox-session.js';
import {SpotifyContract} from '../helpers/spotify-contract.js';

describe("every sandbox answer matches Spotify's OpenAPI description", () => {
	const sandbox = withSandbox();
	const contract = new SpotifyContract();

	function expectContract(answer: ApiAnswer, status: number): void {
		expect(answer.status, JSON.stringify(answer.body)).toBe(status);
		const result = contract.check(answer.method, answer.url, answer.status, answer.body);
		expect(result.problems, `${answer.method} ${answer.url}`).toEqual([]);
	}

	function someIds(box: Sandbox) {
		const album = box.catalog.albums.find((candidate) => candidate.trackIds.length > 3);
		const artist = box.catalog.artist(album?.artistIds[0] ?? '');
		if (album === undefined || artist === undefined) {
			throw new Error('the catalog has no album with more than three tracks');
		}

		return {album, artist};
	}

	test('the check itself refuses answers Spotify would not give', async () => {
		const token = await appToken(sandbox());
		const {artist} = someIds(sandbox());
		const good = await callApi(sandbox(), token, 'GET', `/artists/${artist.id}`);
		const withFollowers = {...(good.body as object), followers: {href: null, total: 3}};
		expect(contract.check('GET', good.url, 200, withFollowers).problems).toEqual([
			'/followers was removed by Spotify',
		]);
		const paging = await callApi(sandbox(), token, 'GET', `/artists/${artist.id}/albums`);
		const {total: _total, ...withoutTotal} = paging.body as Record<string, unknown>;
		expect(contract.check('GET', paging.url, 200, withoutTotal).ok).toBe(false);
		expect(contract.check('GET', good.url, 404, {error: {status: 404}}).ok).toBe(false);
	});

	test('catalog calls with an app token and a market', async () => {
		const token = await appToken(sandbox());
		const {album, artist} = someIds(sandbox());
		const call = (path: string) => callApi(sandbox(), token, 'GET', path);

		expectContract(await call('/search?q=night&type=artist,album,track&market=SE&limit=10'), 200);
		expectContract(await call('/search?q=night&type=playlist,show,episode,audiobook'), 200);
		expectContract(await call(`/artists/${artist.id}`), 200);
		expectContract(
			await call(`/artists/${artist.id}/albums?include_groups=album,single,compilation,appears_on`),
			200,
		);
		expectContract(await call(`/albums/${album.id}?market=SE`), 200);
		expectContract(await call(`/albums/${album.id}/tracks?limit=50&market=SE`), 200);
	});

	test('catalog errors', async () => {
		const token = await appToken(sandbox());
		const {artist} = someIds(sandbox());
		const call = (path: string) => callApi(sandbox(), token, 'GET', path);

		expectContract(await call('/search?q=night&type=artist&limit=11'), 400);
		expectContract(await call('/search?q=night&type=artist&offset=1001'), 400);
		expectContract(await call(`/artists/${artist.id}/albums?limit=11`), 400);
		expectContract(await call('/artists/not-an-id'), 400);
		expectContract(await call('/albums/0000000000000000000000'), 404);
		expectContract(await callApi(sandbox(), undefined, 'GET', '/search?q=a&type=artist'), 401);
		sandbox().controls.ownerPremium = false;
		expectContract(await call('/search?q=night&type=artist'), 403);
	});

	test('player calls with a user token, from nothing playing to playing and back', async () => {
		const {accessToken} = await userTokens(sandbox());
		const {album} = someIds(sandbox());
		const call = (method: string, path: string, body?: unknown) =>
			callApi(sandbox(), accessToken, method, path, body);

		expectContract(await call('GET', '/me'), 200);
		expectContract(await call('GET', '/me/player/devices'), 200);
		expectContract(await call('GET', '/me/player'), 204);
		expectContract(await call('GET', '/me/player/currently-playing'), 204);
		expectContract(
			await call('PUT', '/me/player/play', {context_uri: `spotify:album:${album.id}`, offset: {position: 1}}),
			204,
		);
		expectContract(await call('GET', '/me/player'), 200);
		expectContract(await call('GET', '/me/player/currently-playing'), 200);
		expectContract(await call('POST', `/me/player/queue?uri=spotify:track:${album.trackIds[0]}`), 204);
		expectContract(await call('GET', '/me/player/queue'), 200);
		expectContract(await call('PUT', '/me/player/pause'), 204);
		expectContract(await call('PUT', '/me/player/play'), 204);
		expectContract(await call('POST', '/me/player/next'), 204);
		expectContract(await call('POST', '/me/player/previous'), 204);
		expectContract(await call('PUT', '/me/player/seek?position_ms=1000'), 204);
		expectContract(await call('PUT', '/me/player/volume?volume_percent=40'), 204);
		expectContract(await call('PUT', '/me/player/shuffle?state=true'), 204);
		expectContract(await call('PUT', '/me/player/repeat?state=context'), 204);
		const phone = sandbox()
			.player.devices()
			.find((device) => !device.isActive);
		expectContract(await call('PUT', '/me/player', {device_ids: [phone?.id], play: true}), 204);
	});

	test('player errors: reasons, scopes, Premium, rate limits and server errors', async () => {
		const {accessToken} = await userTokens(sandbox());
		const call = (method: string, path: string) => callApi(sandbox(), accessToken, method, path);

		expectContract(await call('PUT', '/me/player/pause'), 403);
		expectContract(
			await call('PUT', '/me/player/play?device_id=0000000000000000000000000000000000000000'),
			404,
		);
		const speaker = sandbox()
			.player.devices()
			.find((device) => !device.supportsVolume);
		expectContract(
			await callApi(sandbox(), accessToken, 'PUT', '/me/player', {device_ids: [speaker?.id]}),
			204,
		);
		expectContract(await call('PUT', '/me/player/volume?volume_percent=10'), 403);
		expectContract(await call('PUT', '/me/player/volume?volume_percent=101'), 400);

		const readOnly = await userTokens(sandbox(), ['user-read-playback-state']);
		expectContract(await callApi(sandbox(), readOnly.accessToken, 'POST', '/me/player/next'), 401);
		expectContract(await callApi(sandbox(), await appToken(sandbox()), 'GET', '/me/player'), 401);

		sandbox().controls.premium = false;
		expectContract(await call('POST', '/me/player/next'), 403);

		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'rate-limit', retryAfterSeconds: 2}});
		expectContract(await call('GET', '/me/player'), 429);
		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'quota-exceeded'}});
		expectContract(await call('GET', '/me/player'), 429);
		sandbox().faults.inject({
			path: '/v1/me/player',
			fault: {kind: 'server-error', status: 500, body: 'json'},
		});
		expectContract(await call('GET', '/me/player'), 500);
	});
	test('the rough edges: an episode, a restricted device, lying totals, an album without images, odd names', async () => {
		const {accessToken} = await userTokens(sandbox());
		const call = (path: string) => callApi(sandbox(), accessToken, 'GET', path);
		const {highlights} = sandbox().catalog;
		applyScene('episode', sandbox());
		applyScene('restricted-device', sandbox());
		expectContract(await call('/me/player?additional_types=track,episode'), 200);
		expectContract(await call('/me/player/currently-playing?additional_types=episode'), 200);
		expectContract(await call('/me/player/queue'), 200);
		expectContract(await call('/me/player/devices'), 200);
		for (const pageTotals of ['more', 'fewer'] as const) {
			sandbox().controls.pageTotals = pageTotals;
			expectContract(await call(`/artists/${highlights.prolificArtistId}/albums?limit=10&offset=20`), 200);
			expectContract(await call(`/albums/${highlights.boxSetAlbumId}`), 200);
		}

		expectContract(await call(`/albums/${highlights.imagelessAlbumId}`), 200);
		for (const artistId of highlights.roughNameArtistIds) {
			expectContract(await call(`/artists/${artistId}/albums`), 200);
		}
	});

	test('the library: liked songs, saved albums, saving and checking, playlists, follows and plays', async () => {
		const {accessToken} = await userTokens(sandbox(), allScopes);
		const call = (method: string, path: string) => callApi(sandbox(), accessToken, method, path);
		const {library} = sandbox();
		const [owned, collaborative, followed] = (['owned', 'collaborative', 'followed'] as const).map(
			(relation) => {
				const playlist = library.playlists().find((candidate) => candidate.relation === relation);
				if (playlist === undefined) {
					throw new Error(`no ${relation} playlist`);
				}

				return playlist;
			},
		);
		const track = sandbox().catalog.tracks[3];
		const album = sandbox().catalog.albums[3];
		const uris = `spotify:track:${track?.id},spotify:album:${album?.id}`;

		expectContract(await call('GET', '/me/tracks?limit=50&market=SE'), 200);
		expectContract(await call('GET', '/me/tracks?limit=50&offset=100'), 200);
		expectContract(await call('GET', '/me/albums?limit=50&market=from_token'), 200);
		expectContract(await call('PUT', `/me/library?uris=${uris}`), 200);
		expectContract(
			await call('GET', `/me/library/contains?uris=${uris},spotify:artist:${library.followedArtistIds()[0]}`),
			200,
		);
		expectContract(await call('DELETE', `/me/library?uris=${uris}`), 200);
		expectContract(await call('GET', '/me/playlists?limit=50'), 200);
		for (const playlist of [owned, collaborative, followed]) {
			expectContract(await call('GET', `/playlists/${playlist?.id}?market=SE`), 200);
		}

		expectContract(
			await call('GET', `/playlists/${owned?.id}/items?limit=50&market=SE&additional_types=track,episode`),
			200,
		);
		expectContract(await call('GET', `/playlists/${collaborative?.id}/items?limit=50&offset=5`), 200);
		expectContract(await call('GET', '/me/following?type=artist&limit=10'), 200);
		expectContract(
			await call('GET', `/me/following?type=artist&limit=50&after=${library.followedArtistIds()[9]}`),
			200,
		);
		sandbox().player.play({contextUri: `spotify:playlist:${owned?.id}`});
		expectContract(await call('GET', '/me/player/recently-played?limit=50'), 200);
		expectContract(await call('GET', `/me/player/recently-played?limit=10&before=${Date.now()}`), 200);
		expectContract(await call('GET', '/me/player/recently-played?after=0'), 200);
		expectContract(await call('GET', '/me/player?additional_types=track,episode'), 200);
		expectContract(await call('GET', '/me/player/queue'), 200);
		expectContract(
			await callApi(sandbox(), await appToken(sandbox()), 'GET', '/search?q=mix&type=playlist'),
			200,
		);
		sandbox().controls.pageTotals = 'more';
		expectContract(await call('GET', '/me/tracks?limit=20&offset=40'), 200);
	});

	test("library errors: a followed playlist's items, too many URIs, a missing scope, an app token", async () => {
		const {accessToken} = await userTokens(sandbox(), allScopes);
		const call = (method: string, path: string) => callApi(sandbox(), accessToken, method, path);
		const followed = sandbox()
			.library.playlists()
			.find((playlist) => playlist.relation === 'followed');
		const many = sandbox()
			.catalog.tracks.slice(0, 41)
			.map((track) => `spotify:track:${track.id}`)
			.join(',');
		expectContract(await call('GET', `/playlists/${followed?.id}/items`), 403);
		expectContract(await call('PUT', `/me/library?uris=${many}`), 400);
		expectContract(await call('GET', '/me/library/contains?uris=nonsense'), 400);
		expectContract(await call('GET', '/me/tracks?limit=51'), 400);
		expectContract(await call('GET', '/me/player/recently-played?before=1&after=2'), 400);
		expectContract(await call('GET', '/playlists/0000000000000000000000'), 404);
		const playbackOnly = await userTokens(sandbox());
		expectContract(await callApi(sandbox(), playbackOnly.accessToken, 'GET', '/me/albums'), 401);
		expectContract(await callApi(sandbox(), await appToken(sandbox()), 'GET', '/me/playlists'), 401);
	});

	test("beyond the contract, only where Spotify is: no item during an ad, and a local file's nulls", async () => {
		const {accessToken} = await userTokens(sandbox());
		const state = async () => {
			const answer = await callApi(
				sandbox(),
				accessToken,
				'GET',
				'/me/player?additional_types=track,episode',
			);
			const {item, ...rest} = answer.body as Record<string, unknown>;
			// Everything but the item keeps to the description.
			expect(contract.check('GET', answer.url, answer.status, rest).problems).toEqual([]);
			return item;
		};

		const queueNow = async () => {
			const answer = await callApi(sandbox(), accessToken, 'GET', '/me/player/queue');
			const {currently_playing: playing, ...rest} = answer.body as Record<string, unknown>;
			expect(contract.check('GET', answer.url, answer.status, rest).problems).toEqual([]);
			return playing;
		};

		for (const scene of ['ad', 'private-session', 'no-item'] as const) {
			applyScene(scene, sandbox());
			expect(await state(), scene).toBeNull();
			// The queue says the same of what plays now.
			expect(await queueNow(), scene).toBeNull();
		}

		applyScene('local-file', sandbox());
		expect(await queueNow()).toMatchObject({is_local: true, id: null, uri: null});

		applyScene('local-file', sandbox());
		expect([...contract.checkSchema('TrackObject', await state()).problems].sort()).toEqual(
			[
				"/album must have required property 'total_tracks'",
				'/album/album_type must be string',
				'/album/album_type must be equal to one of the allowed values',
				'/album/href must be string',
				'/album/id must be string',
				'/album/release_date must be string',
				'/album/release_date_precision must be string',
				'/album/release_date_precision must be equal to one of the allowed values',
				'/album/uri must be string',
				...['/album/artists/0', '/artists/0', ''].flatMap((at) => [
					`${at}/href must be string`,
					`${at}/id must be string`,
					`${at}/uri must be string`,
				]),
			].sort(),
		);
	});
});
