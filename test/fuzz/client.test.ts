import pLimit from 'p-limit';
import {describe, expect, test} from 'vitest';
import {
	albumsTable,
	albumTracksTable,
	artistsTable,
	devicesTable,
	tracksTable,
} from '../../source/commands/output/catalog-tables.js';
import {
	albumJson,
	artistJson,
	deviceJson,
	playerJson,
	trackJson,
} from '../../source/commands/output/json-shapes.js';
import {playbackSummary} from '../../source/commands/output/playback-summary.js';
import {describePlayingItem} from '../../source/format/playing-item.js';
import {jsonText} from '../../source/format/terminal-text.js';
import {CatalogClient, listCeiling} from '../../source/spotify/catalog-client.js';
import {LibraryClient} from '../../source/spotify/library-client.js';
import {PlayerClient} from '../../source/spotify/player-client.js';
import {WebApi} from '../../source/spotify/web-api.js';
import {type Endpoint, endpoints} from './fuzz-answers.js';
import {type FuzzApi, replayHint, runSeed, withFuzzApi} from './fuzz-api.js';

const api = withFuzzApi();
const runsPerEndpoint = 200;
const id = '4Z8W4fKeB5YxbusRsdQVPb';
const otherId = '6dVIqQ8qmQ5GBnJ9shOYGE';

function clientOf(fuzz: FuzzApi, run: number, options: Parameters<FuzzApi['apiUrl']>[1] = {}) {
	const webApi = new WebApi({
		baseUrl: `${fuzz.apiUrl(runSeed(run), options)}/v1`,
		tokens: {kind: 'user', getAccessToken: async () => 'fuzz-token'},
		configName: 'config.yaml',
		retryLimit: 0,
	});
	return {
		catalog: new CatalogClient(webApi, {market: undefined}),
		player: new PlayerClient(webApi),
		library: new LibraryClient(webApi, {market: undefined}),
	};
}

/**
 * Each client call of one run, and (one run in four: measuring text is what costs) what prints
 * its answers, as the commands and the TUI do.
 */
async function everyCall(run: number): Promise<void> {
	const {catalog, player, library} = clientOf(api(), run);
	const print = run % 4 === 0;
	const artists = await catalog.search('artist', 'night', {offset: run % 3 === 0 ? 0 : 10});
	const albums = await catalog.searchMany('album', 'night', {upTo: 25});
	const tracks = await catalog.searchMany('track', 'night', {upTo: 10});
	const [artist] = await Promise.all([catalog.artist(id), catalog.artist(otherId)]);
	const discography = await catalog.artistAlbums(id);
	const [album] = await Promise.all([catalog.album(id), catalog.album(otherId)]);
	const albumTracks = await catalog.albumTracks(album);
	// Asked again, the player answers anew, as Spotify's changes between reads.
	const [state] = await Promise.all([player.state(), player.state()]);
	const [devices] = await Promise.all([player.devices(), player.devices()]);
	if (print) {
		artistsTable([...artists.items, artist], 80);
		albumsTable([...albums.items, ...discography.items], {maxWidth: 80});
		tracksTable(tracks.items, 80);
		albumTracksTable(albumTracks.items, 80);
		devicesTable(devices, 80);
		playbackSummary(state);
	}

	jsonText({
		artists: [...artists.items, artist].map(artistJson),
		albums: [...albums.items, ...discography.items, album].map(albumJson),
		tracks: [...tracks.items, ...albumTracks.items].map(trackJson),
		player: playerJson(state),
		devices: devices.map(deviceJson),
	});
	if (state !== undefined) {
		describePlayingItem(state);
	}

	await everyLibraryCall(library, player);
	await player.play({contextUri: `spotify:album:${id}`, offset: {position: 2}});
	await player.pause();
	await player.next();
	await player.previous();
	await player.seek(1000);
	await player.setVolume(40);
	await player.setShuffle(true);
	await player.setRepeat('context');
	await player.addToQueue(`spotify:track:${id}`);
	await player.transfer('device', {play: true});
}

/** Each library call, and the queue, as the commands and the TUI make them. */
async function everyLibraryCall(library: LibraryClient, player: PlayerClient): Promise<void> {
	const [liked, albums, playlists, items, recent, followed, queue] = await Promise.all([
		library.likedTracks(),
		library.savedAlbums(),
		library.playlists(),
		library.playlistItems(id),
		library.recentlyPlayed(),
		library.followedArtists(),
		player.queue(),
	]);
	await library.playlist(id);
	const uris = [
		...liked.items.map((entry) => entry.track.uri),
		...albums.items.map((entry) => entry.album.uri),
	];
	const saved = await library.contains(uris.slice(0, 90));
	expect(saved).toHaveLength(Math.min(90, uris.length));
	await library.save(uris.slice(0, 3));
	await library.remove(uris.slice(0, 3));
	jsonText({
		liked: liked.items.map((entry) => trackJson(entry.track)),
		albums: albums.items.map((entry) => albumJson(entry.album)),
		playlists: playlists.items.map((playlist) => playlist.name),
		items: items.items.map((entry) => entry.item.name),
		recent: recent.items.map((play) => trackJson(play.track)),
		followed: followed.items.map(artistJson),
		queue: [queue.currently_playing, ...queue.queue].map((item) => item?.name),
	});
}

describe('the real client against random answers the Web API description allows', () => {
	// Hundreds of HTTP answers made and read in one process: it takes a while on a busy machine.
	test(`${runsPerEndpoint} runs of every call: none fails, nothing escapes`, {timeout: 90_000}, async () => {
		const failures: string[] = [];
		const limit = pLimit(4);
		await Promise.all(
			Array.from({length: runsPerEndpoint}, async (_, run) =>
				limit(async () =>
					everyCall(run).catch((error: unknown) => {
						failures.push(`${String(error instanceof Error ? error.stack : error)}\n  ${replayHint(run)}`);
					}),
				),
			),
		);
		expect(failures.slice(0, 5)).toEqual([]);
		const served = (endpoint: Endpoint) => api().served.get(endpoint) ?? 0;
		for (const endpoint of endpoints.filter(
			(candidate) => candidate !== 'GET /me' && candidate !== 'GET /me/player/currently-playing',
		)) {
			expect(served(endpoint), endpoint).toBeGreaterThanOrEqual(runsPerEndpoint);
		}
	});

	test('totals of 14,487,814 on pages that never end: lists stop at their ceilings, four requests at a time', async () => {
		const {catalog} = clientOf(api(), 1, {mode: 'endless'});
		api().resetPeak();
		const pagesBefore = api().served.get('GET /artists/{id}/albums') ?? 0;
		const albums = await catalog.artistAlbums(id);
		expect((api().served.get('GET /artists/{id}/albums') ?? 0) - pagesBefore).toBe(listCeiling / 10);
		expect(albums).toMatchObject({total: 14_487_814, capped: true});
		// Entries without id or URI, and duplicates, are left out of the 2,000 asked for.
		expect(albums.items.length).toBeLessThanOrEqual(listCeiling);
		expect(albums.items.length).toBeGreaterThan(listCeiling / 2);
		const tracks = await catalog.albumTracks(await catalog.album(id));
		expect(tracks).toMatchObject({total: 14_487_814, capped: true});
		expect(tracks.items.length).toBeLessThanOrEqual(listCeiling);
		const found = await catalog.searchMany('track', 'night', {upTo: 100});
		expect(found).toMatchObject({total: 14_487_814, capped: true});
		expect(found.items.length).toBeLessThanOrEqual(100);
		expect(api().peakInFlight()).toBe(4);
	});

	test('the library on pages that never end: liked songs stop at 2,000, four at a time; cursor lists at their ceiling', async () => {
		const {library} = clientOf(api(), 2, {mode: 'endless'});
		api().resetPeak();
		const liked = await library.likedTracks();
		expect(liked).toMatchObject({total: 14_487_814, capped: true});
		expect(liked.items.length).toBeLessThanOrEqual(listCeiling);
		expect(api().peakInFlight()).toBe(4);
		const before = api().served.get('GET /me/player/recently-played') ?? 0;
		const recent = await library.recentlyPlayed();
		// A page at a time, each naming the next, until 2,000 usable plays are in.
		expect(recent).toMatchObject({capped: true, items: {length: listCeiling}});
		expect((api().served.get('GET /me/player/recently-played') ?? 0) - before).toBeGreaterThanOrEqual(
			listCeiling / 50,
		);
		expect((await library.followedArtists()).capped).toBe(true);
	});
});
