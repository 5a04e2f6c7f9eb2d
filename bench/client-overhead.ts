import type {Sandbox} from '../source/sandbox/sandbox.js';
import type {SpotifyClient} from '../source/spotify/spotify-client.js';
import {timeCalls} from './measure.js';

export type OverheadFigures = {
	readonly fetchAlbum: number[];
	readonly clientAlbum: number[];
	readonly cachedAlbum: number[];
};

const callsPerCase = 400;

/**
 * GET /albums/{id} by a plain fetch and by the client, each reading albums not read before, so
 * every call goes over HTTP; then albums the client has read, which it answers from its cache.
 */
export async function timeClientOverhead(
	sandbox: Sandbox,
	newClient: () => SpotifyClient,
	accessToken: string,
): Promise<OverheadFigures> {
	const albumIds = sandbox.catalog.albums.map((album) => album.id);
	const idAt = (index: number) => albumIds[index % albumIds.length] ?? '';
	const client = newClient();
	const fetchAlbum = await timeCalls(callsPerCase, async (index) => {
		const response = await fetch(`${sandbox.origin}/v1/albums/${idAt(index)}?market=from_token`, {
			headers: {authorization: `Bearer ${accessToken}`},
		});
		return response.json();
	});
	const clientAlbum = await timeCalls(callsPerCase, async (index) =>
		client.catalog.album(idAt(index + 2 * callsPerCase)),
	);
	const cachedAlbum = await timeCalls(callsPerCase, async (index) =>
		client.catalog.album(idAt(2 * callsPerCase + (index % callsPerCase))),
	);
	return {fetchAlbum, clientAlbum, cachedAlbum};
}
