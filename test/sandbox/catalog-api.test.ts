import {describe, expect, test} from 'vitest';
import {appToken, callApi, userTokens, withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

type Page = {
	href: string;
	items: Array<Record<string, unknown>>;
	limit: number;
	next: string | null;
	offset: number;
	previous: string | null;
	total: number;
};

async function get(path: string, token?: string) {
	return callApi(sandbox(), token ?? (await appToken(sandbox())), 'GET', path);
}

describe('search', () => {
	test('limit 1-10 and offset 0-1000, as in Development Mode', async () => {
		const token = await appToken(sandbox());
		for (const query of ['limit=0', 'limit=11', 'limit=ten']) {
			const answer = await get(`/search?q=night&type=artist&${query}`, token);
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual({error: {status: 400, message: 'Invalid limit'}});
		}

		expect((await get('/search?q=night&type=artist&offset=1001', token)).body).toEqual({
			error: {status: 400, message: 'Invalid offset'},
		});
		const defaults = (await get('/search?q=night&type=artist', token)).body as {artists: Page};
		expect(defaults.artists.limit).toBe(5);
	});

	test('q and a known type are required', async () => {
		const token = await appToken(sandbox());
		expect((await get('/search?type=artist', token)).body).toEqual({
			error: {status: 400, message: 'No search query'},
		});
		expect((await get('/search?q=night', token)).status).toBe(400);
		expect((await get('/search?q=night&type=song', token)).body).toEqual({
			error: {status: 400, message: 'Bad search type field'},
		});
	});

	test('pages link to each other and walk every match once', async () => {
		const token = await appToken(sandbox());
		const first = ((await get('/search?q=e&type=track&limit=10', token)).body as {tracks: Page}).tracks;
		expect(first.total).toBeGreaterThan(20);
		expect(first.previous).toBeNull();
		expect(new URL(first.next ?? '').searchParams.get('offset')).toBe('10');

		const second = (
			(await callApi(sandbox(), token, 'GET', (first.next ?? '').replace(`${sandbox().origin}/v1`, '')))
				.body as {
				tracks: Page;
			}
		).tracks;
		expect(second.offset).toBe(10);
		expect(new URL(second.previous ?? '').searchParams.get('offset')).toBe('0');
		const ids = [...first.items, ...second.items].map((item) => item.id);
		expect(new Set(ids).size).toBe(20);
	});

	test('several types answer in one response, one paging object each; unsupported types are empty', async () => {
		const body = (await get('/search?q=night&type=artist,album,track,playlist,show')).body as Record<
			string,
			Page
		>;
		expect(Object.keys(body).sort()).toEqual(['albums', 'artists', 'playlists', 'shows', 'tracks']);
		expect(body.playlists?.total).toBe(1);
		expect(body.shows?.total).toBe(0);
		expect(new URL(body.albums?.href ?? '').searchParams.get('type')).toBe('album');
	});

	test('a market marks tracks playable; from_token uses the user’s country; a bad market is refused', async () => {
		const withMarket = (await get('/search?q=night&type=track&market=SE')).body as {tracks: Page};
		expect(withMarket.tracks.items[0]).toHaveProperty('is_playable', true);
		const without = (await get('/search?q=night&type=track')).body as {tracks: Page};
		expect(without.tracks.items[0]).not.toHaveProperty('is_playable');

		const {accessToken} = await userTokens(sandbox());
		const fromToken = (await get('/search?q=night&type=track&market=from_token', accessToken)).body as {
			tracks: Page;
		};
		expect(fromToken.tracks.items[0]).toHaveProperty('is_playable', true);
		expect((await get('/search?q=night&type=track&market=sweden')).body).toEqual({
			error: {status: 400, message: 'Invalid market code'},
		});
	});
});

describe('artists and albums', () => {
	test("the prolific artist's discography: limit 1-10, every album once, grouped and newest first", async () => {
		const token = await appToken(sandbox());
		const prolific = sandbox().catalog.artist(sandbox().catalog.highlights.prolificArtistId);
		const path = `/artists/${prolific?.id}/albums`;
		expect((await get(`${path}?limit=11`, token)).body).toEqual({
			error: {status: 400, message: 'Invalid limit'},
		});
		expect(((await get(path, token)).body as Page).limit).toBe(5);

		const first = (await get(`${path}?limit=10`, token)).body as Page;
		expect(first.total).toBeGreaterThan(300);
		const pages = [first];
		for (let offset = 10; offset < first.total; offset += 10) {
			pages.push((await get(`${path}?limit=10&offset=${offset}`, token)).body as Page);
		}

		const albums = pages.flatMap((page) => page.items);
		expect(albums).toHaveLength(first.total);
		expect(new Set(albums.map((album) => album.id)).size).toBe(first.total);
		const groupOrder = ['album', 'single', 'compilation', 'appears_on'];
		const groups = albums.map((album) => groupOrder.indexOf(String(album.album_group)));
		expect(groups).toEqual([...groups].sort((a, b) => a - b));
	});

	test('include_groups filters the discography and rejects unknown groups', async () => {
		const token = await appToken(sandbox());
		const artist = sandbox().catalog.artists[0];
		const singles = (await get(`/artists/${artist?.id}/albums?include_groups=single&limit=10`, token))
			.body as Page;
		expect(singles.items.every((album) => album.album_group === 'single')).toBe(true);
		expect((await get(`/artists/${artist?.id}/albums?include_groups=mixtape`, token)).status).toBe(400);
	});

	test('an album carries its first 50 tracks; /tracks pages the rest with limit 1-50', async () => {
		const token = await appToken(sandbox());
		const boxSet = sandbox().catalog.album(sandbox().catalog.highlights.boxSetAlbumId);
		expect(boxSet).toBeDefined();
		const album = (await get(`/albums/${boxSet?.id}`, token)).body as {tracks: Page; total_tracks: number};
		expect(album.tracks.items).toHaveLength(50);
		expect(album.total_tracks).toBe(boxSet?.trackIds.length);
		expect(album.tracks.next).not.toBeNull();

		expect((await get(`/albums/${boxSet?.id}/tracks?limit=51`, token)).status).toBe(400);
		const defaults = (await get(`/albums/${boxSet?.id}/tracks`, token)).body as Page;
		expect(defaults.limit).toBe(20);
		const rest = (await get(`/albums/${boxSet?.id}/tracks?offset=50&limit=50`, token)).body as Page;
		expect(rest.items[0]?.id).toBe(sandbox().catalog.albumTracks(boxSet?.id ?? '')[50]?.id);
	});

	test('a malformed id is 400, an unknown one 404, an unknown path 404, a wrong method 405', async () => {
		const token = await appToken(sandbox());
		expect((await get('/artists/abc', token)).body).toEqual({
			error: {status: 400, message: 'Invalid base62 id'},
		});
		expect((await get('/albums/0000000000000000000000', token)).body).toEqual({
			error: {status: 404, message: 'Resource not found'},
		});
		expect((await get('/recommendations', token)).status).toBe(404);
		expect((await callApi(sandbox(), token, 'DELETE', '/search?q=a&type=artist')).status).toBe(405);
	});
});
