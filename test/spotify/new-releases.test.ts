import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {loadNewReleases, type NewReleases} from '../../source/spotify/new-releases.js';
import {ReleaseCache, releaseCachePath} from '../../source/spotify/release-cache.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
let directory = '';
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'musicterminal-releases-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

const dayMs = 24 * 60 * 60 * 1000;

async function load(now = Date.now(), onProgress?: (known: NewReleases) => void) {
	const {client} = await loggedInClient(sandbox());
	return loadNewReleases({
		catalog: client.catalog,
		library: client.library,
		cache: new ReleaseCache(releaseCachePath(directory)),
		now: () => now,
		onProgress,
	});
}

const albumPages = () => sandbox().traffic.count('GET', /^\/v1\/artists\/[^/]+\/albums$/);

/** Each followed artist's five newest albums and five newest singles, newest first. */
function expectedReleases() {
	const {catalog, library} = sandbox();
	const ids = new Set<string>();
	return library
		.followedArtistIds()
		.flatMap((artistId) =>
			(['album', 'single'] as const).flatMap((group) =>
				catalog
					.artistAlbums(artistId, [group])
					.slice(0, 5)
					.map((entry) => entry.album),
			),
		)
		.filter((album) => !ids.has(album.id) && ids.add(album.id))
		.sort((a, b) =>
			a.releaseDate < b.releaseDate ? 1 : a.releaseDate > b.releaseDate ? -1 : a.name.localeCompare(b.name),
		)
		.map((album) => album.id);
}

describe('new releases from the artists the user follows', () => {
	test('their newest albums and singles, newest first, two requests an artist, four at a time', async () => {
		const progress: number[] = [];
		const found = await load(Date.now(), (known) => progress.push(known.releases.length));
		expect(found.releases.map((release) => release.album.id)).toEqual(expectedReleases());
		expect(found).toMatchObject({artists: 30, failed: 0});
		expect(albumPages()).toBe(60);
		expect(sandbox().traffic.peakInFlight).toBeLessThanOrEqual(4);
		// Shown as artists come (a few times a second at most), never fewer than before.
		expect(progress.length).toBeGreaterThan(0);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});

	test('kept for a day in new-releases.json (readable by the user only), then read again', async () => {
		const first = await load();
		expect((await stat(releaseCachePath(directory))).mode & 0o777).toBe(0o600);
		const progress: number[] = [];
		const again = await load(Date.now() + dayMs / 2, (known) => progress.push(known.releases.length));
		expect(again.releases).toEqual(first.releases);
		expect(albumPages()).toBe(60);
		// What the cache holds shows at once.
		expect(progress).toEqual([first.releases.length]);
		await load(Date.now() + dayMs + 1000);
		expect(albumPages()).toBe(120);
	});

	test('a cache that is not ours, or not JSON, is read again from Spotify', async () => {
		await writeFile(releaseCachePath(directory), '{"version": 1, "artists": {"x": 3}}');
		expect((await load()).releases).toHaveLength(expectedReleases().length);
		await writeFile(releaseCachePath(directory), 'not json');
		expect((await load()).releases).toHaveLength(expectedReleases().length);
		expect(JSON.parse(await readFile(releaseCachePath(directory), 'utf8'))).toMatchObject({version: 1});
	});

	test('an artist Spotify no longer has is passed over; a failure of every artist is told, and the rest kept', async () => {
		const [gone] = sandbox().library.followedArtistIds();
		sandbox().faults.inject({
			path: `/v1/artists/${gone}/albums`,
			fault: {kind: 'json-answer', status: 404, body: {error: {status: 404, message: 'Resource not found'}}},
			times: Number.POSITIVE_INFINITY,
		});
		const found = await load();
		expect(found.failed).toBe(1);
		expect(found.releases.some((release) => release.artist.id === gone)).toBe(false);

		sandbox().faults.clear();
		sandbox().faults.inject({
			path: /^\/v1\/artists\/[^/]+\/albums$/,
			fault: {kind: 'server-error', status: 503, body: 'json'},
			times: Number.POSITIVE_INFINITY,
		});
		await expect(load(Date.now() + 2 * dayMs)).rejects.toThrow(/failed on GET \/artists\//);
		// The releases read a day before are still there for the next time.
		sandbox().faults.clear();
		expect(JSON.parse(await readFile(releaseCachePath(directory), 'utf8')).artists).not.toEqual({});
	});
});
