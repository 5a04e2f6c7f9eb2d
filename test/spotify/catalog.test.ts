import {describe, expect, test, vi} from 'vitest';
import {withSandbox} from '../helpers/sandbox-session.js';
import {appClient, loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();

function prolificArtistId(): string {
	return sandbox().catalog.highlights.prolificArtistId;
}

function queries(path: string | RegExp): URLSearchParams[] {
	return sandbox()
		.traffic.records.filter((record) =>
			typeof path === 'string' ? record.path === path : path.test(record.path),
		)
		.map((record) => new URLSearchParams(record.query));
}

describe('search', () => {
	test('a page holds at most 10 results, and later pages come by offset', async () => {
		const {client} = await loggedInClient(sandbox());
		const first = await client.catalog.search('track', 'a');
		const second = await client.catalog.search('track', 'a', {offset: 10});
		expect(first.items).toHaveLength(10);
		expect(first.total).toBeGreaterThan(20);
		expect(second.offset).toBe(10);
		expect(second.items.map((track) => track.id)).not.toContain(first.items[0]?.id);
		expect(queries('/v1/search').map((query) => query.get('limit'))).toEqual(['10', '10']);
	});

	test('more results than a page holds are fetched as several pages', async () => {
		const {client} = await loggedInClient(sandbox());
		const {items, total} = await client.catalog.searchMany('album', 'the', {upTo: 25});
		expect(items).toHaveLength(25);
		expect(total).toBeGreaterThan(25);
		expect(queries('/v1/search').map((query) => [query.get('offset'), query.get('limit')])).toEqual([
			['0', '10'],
			['10', '10'],
			['20', '5'],
		]);
	});

	test('an app token sends the market from the config; a user token without one sends from_token', async () => {
		await appClient(sandbox(), {config: {market: 'DE'}}).client.catalog.search('artist', 'the');
		const {client} = await loggedInClient(sandbox(), {config: {market: undefined}});
		await client.catalog.search('artist', 'the');
		expect(queries('/v1/search').map((query) => query.get('market'))).toEqual(['DE', 'from_token']);
	});
});

describe('an artist with more than 300 albums', () => {
	test('arrives whole, in order, without duplicates, at most 4 requests at a time', async () => {
		const {client} = await loggedInClient(sandbox());
		// Each page takes a moment, so requests overlap as they would over a real network.
		sandbox().faults.inject({
			path: `/v1/artists/${prolificArtistId()}/albums`,
			fault: {kind: 'slow', delayMs: 20},
			times: Number.POSITIVE_INFINITY,
		});
		const expected = sandbox()
			.catalog.artistAlbums(prolificArtistId(), ['album', 'single', 'compilation', 'appears_on'])
			.map((entry) => entry.album.id);
		expect(expected.length).toBeGreaterThan(300);
		const progress: number[] = [];
		const {items: albums, capped} = await client.catalog.artistAlbums(prolificArtistId(), {
			groups: ['album', 'single', 'compilation', 'appears_on'],
			onProgress: (loaded) => progress.push(loaded),
		});
		expect(capped).toBe(false);
		expect(albums.map((album) => album.id)).toEqual(expected);
		expect(new Set(albums.map((album) => album.id)).size).toBe(albums.length);
		expect(sandbox().traffic.peakInFlight).toBe(4);
		expect(sandbox().traffic.count('GET', `/v1/artists/${prolificArtistId()}/albums`)).toBe(
			Math.ceil(expected.length / 10),
		);
		expect(progress.at(-1)).toBe(expected.length);
	});
});

describe('album tracks', () => {
	test('a box set of 1,000 tracks comes as the album (with the first 50) plus pages of 50, in order', async () => {
		const {client} = await loggedInClient(sandbox());
		const id = sandbox().catalog.highlights.boxSetAlbumId;
		const album = await client.catalog.album(id);
		const {items: tracks} = await client.catalog.albumTracks(album);
		const expected = sandbox()
			.catalog.albumTracks(id)
			.map((track) => track.id);
		expect(expected.length).toBe(1000);
		expect(tracks.map((track) => track.id)).toEqual(expected);
		const pages = queries(`/v1/albums/${id}/tracks`).map((query) => [
			query.get('offset'),
			query.get('limit'),
		]);
		expect(pages.sort(([a], [b]) => Number(a) - Number(b))).toEqual(
			Array.from({length: 19}, (_, page) => [String(50 + 50 * page), '50']),
		);
	});
});

describe('the session cache', () => {
	test('reading the same thing again makes no request', async () => {
		const {client} = await loggedInClient(sandbox());
		const first = await client.catalog.artistAlbums(prolificArtistId());
		const requests = sandbox().traffic.records.length;
		const again = await client.catalog.artistAlbums(prolificArtistId());
		expect(again).toEqual(first);
		expect(sandbox().traffic.records.length).toBe(requests);
	});

	test('identical reads in flight share one request', async () => {
		const {client} = await loggedInClient(sandbox());
		const id = sandbox().catalog.highlights.boxSetAlbumId;
		const [one, two, three] = await Promise.all([
			client.catalog.album(id),
			client.catalog.album(id),
			client.catalog.album(id),
		]);
		expect(one).toBe(two);
		expect(two).toBe(three);
		expect(sandbox().traffic.count('GET', `/v1/albums/${id}`)).toBe(1);
	});
});

describe('cancellation', () => {
	test('a cancelled read stops its requests and leaves nothing behind', async () => {
		const {client} = await loggedInClient(sandbox());
		const pages = `/v1/artists/${prolificArtistId()}/albums`;
		sandbox().faults.inject({
			path: pages,
			fault: {kind: 'slow', delayMs: 2000},
			times: Number.POSITIVE_INFINITY,
		});
		const controller = new AbortController();
		const reading = client.catalog.artistAlbums(prolificArtistId(), {signal: controller.signal});
		await vi.waitFor(() => {
			expect(sandbox().traffic.inFlight).toBe(1);
		});
		controller.abort(new Error('the user moved on'));
		await expect(reading).rejects.toThrow('the user moved on');
		expect(client.catalog.readsInFlight).toBe(0);
		await vi.waitFor(() => {
			expect(sandbox().traffic.inFlight).toBe(0);
		});

		sandbox().faults.clear();
		const albums = await client.catalog.artistAlbums(prolificArtistId());
		expect(albums.items.length).toBeGreaterThan(300);
	});

	test('one caller giving up does not cancel a read another caller still waits for', async () => {
		const {client} = await loggedInClient(sandbox());
		const id = sandbox().catalog.highlights.boxSetAlbumId;
		sandbox().faults.inject({path: `/v1/albums/${id}`, fault: {kind: 'slow', delayMs: 100}});
		const controller = new AbortController();
		const impatient = client.catalog.album(id, {signal: controller.signal});
		const patient = client.catalog.album(id);
		controller.abort(new Error('gave up'));
		await expect(impatient).rejects.toThrow('gave up');
		expect((await patient).id).toBe(id);
		expect(sandbox().traffic.count('GET', `/v1/albums/${id}`)).toBe(1);
	});

	test('an already cancelled signal sends nothing', async () => {
		const {client} = await loggedInClient(sandbox());
		await expect(client.catalog.search('artist', 'the', {signal: AbortSignal.abort()})).rejects.toThrow();
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(0);
	});
});
