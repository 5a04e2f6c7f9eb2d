import {describe, expect, test} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {allScopes, appToken, callApi, userTokens, withSandbox} from '../helpers/sandbox-session.js';

type Page<Item> = {items: Item[]; total: number; next: string | null; limit: number; offset: number};
type CursorPage<Item> = {
	items: Item[];
	next?: string;
	cursors: {after?: string; before?: string};
};
type Playlist = {id: string; name: string; collaborative: boolean; owner: {id: string}};

async function session(sandbox: Sandbox, scopes: readonly string[] = allScopes) {
	const {accessToken} = await userTokens(sandbox, scopes);
	return async <Body>(method: string, path: string) => {
		const answer = await callApi(sandbox, accessToken, method, path);
		return {...answer, body: answer.body as Body};
	};
}

function playlistNamed(sandbox: Sandbox, name: string) {
	const found = sandbox.library.playlists().find((playlist) => playlist.name === name);
	if (found === undefined) {
		throw new Error(`no playlist ${name}`);
	}

	return found;
}

describe("the demo user's library over HTTP", () => {
	const sandbox = withSandbox();

	test('liked songs come newest first, fifty a page, and saving or removing one shows at once', async () => {
		const call = await session(sandbox());
		const first = await call<Page<{track: {id: string}; added_at: string}>>('GET', '/me/tracks?limit=50');
		const liked = sandbox().library.saved('track');
		expect(first.body.total).toBe(liked.length);
		expect(first.body.items.map((entry) => entry.track.id)).toEqual(
			liked.slice(0, 50).map((entry) => entry.id),
		);
		expect(first.body.next).toContain('offset=50');
		const last = await call<Page<unknown>>('GET', '/me/tracks?limit=50&offset=100');
		expect(last.body.items).toHaveLength(liked.length - 100);
		expect(last.body.next).toBeNull();
		expect((await call('GET', '/me/tracks?limit=51')).status).toBe(400);

		const track = sandbox().catalog.tracks.find(
			(candidate) => !sandbox().library.isSaved('track', candidate.id),
		);
		const album = sandbox().catalog.albums.find(
			(candidate) => !sandbox().library.isSaved('album', candidate.id),
		);
		const uris = `spotify:track:${track?.id},spotify:album:${album?.id}`;
		expect(await call<boolean[]>('GET', `/me/library/contains?uris=${uris}`)).toMatchObject({
			body: [false, false],
		});
		expect((await call('PUT', `/me/library?uris=${uris}`)).status).toBe(200);
		expect(await call<boolean[]>('GET', `/me/library/contains?uris=${uris}`)).toMatchObject({
			body: [true, true],
		});
		const newest = await call<Page<{track: {id: string}}>>('GET', '/me/tracks?limit=1');
		expect(newest.body.items[0]?.track.id).toBe(track?.id);
		const albums = await call<Page<{album: {id: string}}>>('GET', '/me/albums?limit=1');
		expect(albums.body.items[0]?.album.id).toBe(album?.id);
		expect((await call('DELETE', `/me/library?uris=${uris}`)).status).toBe(200);
		expect(await call<boolean[]>('GET', `/me/library/contains?uris=${uris}`)).toMatchObject({
			body: [false, false],
		});
	});

	test('/me/library takes at most 40 URIs of the kinds it saves, and each kind needs its scope', async () => {
		const call = await session(sandbox());
		const ids = sandbox()
			.catalog.tracks.slice(0, 41)
			.map((track) => `spotify:track:${track.id}`);
		expect((await call('PUT', `/me/library?uris=${ids.join(',')}`)).status).toBe(400);
		expect((await call('GET', `/me/library/contains?uris=${ids.slice(0, 40).join(',')}`)).status).toBe(200);
		expect((await call('PUT', '/me/library?uris=spotify:track:nope')).status).toBe(400);
		expect((await call('PUT', '/me/library')).status).toBe(400);
		const artist = sandbox().library.followedArtistIds()[0];
		// Artists are followed, not saved; contains tells whether the user follows one.
		expect((await call('PUT', `/me/library?uris=spotify:artist:${artist}`)).status).toBe(400);
		expect(await call<boolean[]>('GET', `/me/library/contains?uris=spotify:artist:${artist}`)).toMatchObject({
			body: [true],
		});

		const playbackOnly = await session(sandbox(), ['user-read-playback-state']);
		expect((await playbackOnly('GET', '/me/tracks')).status).toBe(401);
		expect((await playbackOnly('PUT', `/me/library?uris=${ids[0]}`)).status).toBe(401);
		const readOnly = await session(sandbox(), ['user-library-read']);
		expect((await readOnly('GET', `/me/library/contains?uris=${ids[0]}`)).status).toBe(200);
		expect((await readOnly('PUT', `/me/library?uris=${ids[0]}`)).status).toBe(401);
		expect((await callApi(sandbox(), await appToken(sandbox()), 'GET', '/me/tracks')).status).toBe(401);
	});

	test("playlists: the user's own, collaborative and followed; a followed one's items answer 403", async () => {
		const call = await session(sandbox());
		const mine = await call<Page<Playlist>>('GET', '/me/playlists?limit=50');
		expect(mine.body.items.map((playlist) => playlist.name)).toEqual(
			sandbox()
				.library.playlists()
				.map((playlist) => playlist.name),
		);
		const relations = new Set(
			sandbox()
				.library.playlists()
				.map((playlist) => playlist.relation),
		);
		expect(relations).toEqual(new Set(['owned', 'collaborative', 'followed']));

		const road = playlistNamed(sandbox(), 'Road Trip 2026');
		const page = await call<Page<{item: {id: string}}>>(
			'GET',
			`/playlists/${road.id}/items?limit=50&offset=100`,
		);
		expect(page.body.items.map((entry) => entry.item.id)).toEqual(road.itemIds.slice(100, 150));
		const coffee = playlistNamed(sandbox(), 'Morning Coffee');
		const withEpisodes = await call<Page<{item: {type: string}}>>('GET', `/playlists/${coffee.id}/items`);
		expect(withEpisodes.body.items.map((entry) => entry.item.type)).toContain('episode');

		const followed = playlistNamed(sandbox(), 'Deep Focus');
		expect((await call('GET', `/playlists/${followed.id}/items`)).status).toBe(403);
		const details = await call<{name: string; items?: unknown}>('GET', `/playlists/${followed.id}`);
		expect(details.body.name).toBe('Deep Focus');
		expect(details.body.items).toBeUndefined();
		const collaborative = playlistNamed(sandbox(), 'Friday Office Mix');
		expect((await call('GET', `/playlists/${collaborative.id}/items`)).status).toBe(200);

		// Without playlist-read-collaborative, collaborative playlists are left out.
		const privateOnly = await session(sandbox(), ['playlist-read-private']);
		const fewer = await privateOnly<Page<Playlist>>('GET', '/me/playlists');
		expect(fewer.body.items.some((playlist) => playlist.collaborative)).toBe(false);
	});

	test('a followed playlist still plays, as on Spotify', async () => {
		const call = await session(sandbox());
		const followed = playlistNamed(sandbox(), 'Deep Focus');
		const answer = await callApi(
			sandbox(),
			(await userTokens(sandbox(), allScopes)).accessToken,
			'PUT',
			'/me/player/play',
			{context_uri: `spotify:playlist:${followed.id}`, offset: {position: 3}},
		);
		expect(answer.status).toBe(204);
		expect(sandbox().player.snapshot()).toMatchObject({
			trackId: followed.itemIds[3],
			context: {type: 'playlist', uri: `spotify:playlist:${followed.id}`},
		});
		expect((await call('GET', `/playlists/${followed.id}`)).status).toBe(200);
	});

	test('followed artists are cursor-paged by artist id', async () => {
		const call = await session(sandbox());
		const followed = sandbox().library.followedArtistIds();
		const seen: string[] = [];
		let path: string | undefined = '/me/following?type=artist&limit=12';
		while (path !== undefined) {
			const answer: {body: {artists: CursorPage<{id: string}>}} = await call('GET', path);
			seen.push(...answer.body.artists.items.map((artist) => artist.id));
			path = answer.body.artists.next?.replace(`${sandbox().origin}/v1`, '');
		}

		expect(seen).toEqual(followed);
		expect((await call('GET', '/me/following?type=user')).status).toBe(400);
	});

	test('recently played is fed by the player, newest first, and cursor-paged by time', async () => {
		const call = await session(sandbox());
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
		const before = sandbox().library.history().length;
		sandbox().player.play({contextUri: `spotify:album:${album?.id}`});
		sandbox().clock.advance(10_000);
		sandbox().player.next();
		const latest = await call<CursorPage<{track: {id: string}; context?: {uri: string}}>>(
			'GET',
			'/me/player/recently-played?limit=2',
		);
		expect(latest.body.items.map((play) => play.track.id)).toEqual([album?.trackIds[1], album?.trackIds[0]]);
		expect(latest.body.items[0]?.context?.uri).toBe(`spotify:album:${album?.id}`);
		expect(sandbox().library.history()).toHaveLength(before + 2);

		const seen: string[] = [];
		let path: string | undefined = '/me/player/recently-played?limit=50';
		while (path !== undefined) {
			const answer: {body: CursorPage<{track: {id: string}}>} = await call('GET', path);
			seen.push(...answer.body.items.map((play) => play.track.id));
			path = answer.body.next?.replace(`${sandbox().origin}/v1`, '');
		}

		expect(seen).toEqual(
			sandbox()
				.library.history()
				.map((play) => play.trackId),
		);
		const since = Number(latest.body.cursors.before) - 1;
		const after = await call<CursorPage<{track: {id: string}}>>(
			'GET',
			`/me/player/recently-played?after=${since}`,
		);
		expect(after.body.items.map((play) => play.track.id)).toEqual([album?.trackIds[1], album?.trackIds[0]]);
		expect((await call('GET', '/me/player/recently-played?after=1&before=2')).status).toBe(400);

		// A track that starts by itself, when the one before ends, is played from the moment it started.
		const second = sandbox().catalog.track(album?.trackIds[1] ?? '');
		const endsBy = sandbox().clock.now() + (second?.durationMs ?? 0);
		sandbox().clock.advance((second?.durationMs ?? 0) + 5000);
		const newest = await call<CursorPage<{track: {id: string}; played_at: string}>>(
			'GET',
			'/me/player/recently-played?limit=1',
		);
		expect(newest.body.items[0]?.track.id).toBe(album?.trackIds[2]);
		const playedAt = Date.parse(newest.body.items[0]?.played_at ?? '');
		expect(playedAt).toBeLessThanOrEqual(endsBy);
		expect(playedAt).toBeGreaterThan(endsBy - 2000);
	});

	test('search finds playlists by name', async () => {
		const token = await appToken(sandbox());
		const answer = await callApi(sandbox(), token, 'GET', '/search?q=road%20trip&type=playlist');
		const {playlists} = answer.body as {playlists: Page<Playlist>};
		expect(playlists.items.map((playlist) => playlist.name)).toEqual(['Road Trip 2026']);
	});
});
