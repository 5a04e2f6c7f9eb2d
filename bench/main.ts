// `npm run bench`: what the Spotify client costs, measured against the local sandbox.
import {cpus} from 'node:os';
import type {AccessTokenProvider} from '../source/auth/access-token.js';
import {defaultScopes} from '../source/config/config.js';
import {startSandbox} from '../source/sandbox/sandbox.js';
import {issueUserSession} from '../source/sandbox/user-session.js';
import {createSpotifyClient} from '../source/spotify/spotify-client.js';
import {measureCalls, printTable} from './measure.js';
import {sandboxConfigFor} from './sandbox-config.js';

const callsPerCase = 400;

const sandbox = await startSandbox();
try {
	const session = issueUserSession(sandbox, defaultScopes);
	const tokens: AccessTokenProvider = {kind: 'user', getAccessToken: async () => session.accessToken};
	const config = await sandboxConfigFor(sandbox);
	const newClient = () => createSpotifyClient({config, tokens});
	const headers = {authorization: `Bearer ${session.accessToken}`};
	const albumIds = sandbox.catalog.albums.map((album) => album.id);
	const idAt = (index: number) => albumIds[index % albumIds.length] ?? '';

	console.log(
		`musicterminal bench: Node ${process.version}, ${cpus().length} CPUs, sandbox at ${sandbox.origin}\n`,
	);
	console.log(
		`Client overhead per call (${callsPerCase} calls each, after a warm-up; the sandbox runs in this process)`,
	);

	const fetchJson = async (path: string) => {
		const response = await fetch(`${sandbox.origin}/v1/${path}`, {headers});
		return response.json() as Promise<unknown>;
	};

	// Each round reads albums the client has not cached, so every call goes over HTTP.
	const albumClient = newClient();
	const fetchAlbum = await measureCalls(callsPerCase, async (index) =>
		fetchJson(`albums/${idAt(index)}?market=SE`),
	);
	const clientAlbum = await measureCalls(callsPerCase, async (index) =>
		albumClient.catalog.album(idAt(index + 2 * callsPerCase)),
	);
	const cachedAlbum = await measureCalls(callsPerCase, async (index) =>
		albumClient.catalog.album(idAt(2 * callsPerCase + (index % callsPerCase))),
	);
	const stateClient = newClient();
	const fetchState = await measureCalls(callsPerCase, async () => fetchJson('me/player/devices'));
	const clientState = await measureCalls(callsPerCase, async () => stateClient.player.devices());

	printTable(
		['call', 'plain fetch', 'client', 'overhead'],
		[
			['GET /albums/{id} (uncached)', fetchAlbum.median, clientAlbum.median],
			['GET /me/player/devices', fetchState.median, clientState.median],
		].map(([name, plain, client]) => [
			String(name),
			`${Number(plain).toFixed(3)} ms`,
			`${Number(client).toFixed(3)} ms`,
			`${(Number(client) - Number(plain)).toFixed(3)} ms`,
		]),
	);
	console.log(
		`  medians; p95 fetch ${fetchAlbum.p95.toFixed(3)} ms, client ${clientAlbum.p95.toFixed(3)} ms. A cached album: ${cachedAlbum.median.toFixed(4)} ms.\n`,
	);

	console.log(
		'Requests for search → albums → tracks → play (a fresh client, the artist with the most albums)',
	);
	const client = newClient();
	const steps: Array<[string, () => Promise<string>]> = [
		[
			'search artists',
			async () => {
				const page = await client.catalog.search('artist', 'endless archive');
				return `${page.items.length} artists`;
			},
		],
		[
			"the artist's albums",
			async () => {
				const albums = await client.catalog.artistAlbums(sandbox.catalog.highlights.prolificArtistId);
				return `${albums.length} albums`;
			},
		],
		[
			'the box set and its tracks',
			async () => {
				const album = await client.catalog.album(sandbox.catalog.highlights.boxSetAlbumId);
				const tracks = await client.catalog.albumTracks(album);
				return `${tracks.length} tracks`;
			},
		],
		[
			'play it from track 3',
			async () => {
				await client.player.play({
					contextUri: `spotify:album:${sandbox.catalog.highlights.boxSetAlbumId}`,
					offset: {position: 2},
				});
				return 'playing';
			},
		],
		[
			'the same again (cached)',
			async () => {
				await client.catalog.search('artist', 'endless archive');
				await client.catalog.artistAlbums(sandbox.catalog.highlights.prolificArtistId);
				await client.catalog.album(sandbox.catalog.highlights.boxSetAlbumId);
				return 'from the cache';
			},
		],
	];
	const rows: string[][] = [];
	let total = 0;
	for (const [name, step] of steps) {
		sandbox.traffic.reset();
		const started = performance.now();
		const result = await step();
		const elapsed = performance.now() - started;
		const requests = sandbox.traffic.records.length;
		total += requests;
		rows.push([
			name,
			result,
			String(requests),
			String(sandbox.traffic.peakInFlight),
			`${elapsed.toFixed(1)} ms`,
		]);
	}

	rows.push(['total', '', String(total), '', '']);
	printTable(['step', 'result', 'requests', 'most in flight', 'time'], rows);
} finally {
	await sandbox.close();
}
