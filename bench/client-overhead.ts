import type {Sandbox} from '../source/sandbox/sandbox.js';
import type {SpotifyClient} from '../source/spotify/spotify-client.js';
import {timeCalls} from './measure.js';

export type OverheadFigures = {
	readonly fetchAlbum: number[];
	readonly clientAlbum: number[];
	readonly cachedAlbum: number[];
};

export const callsPerCase = 250;

/**
 * GET /albums/{id} by a plain fetch and by the client, taking turns so that both meet the machine
 * alike, each reading albums not read before, so every call goes over HTTP; then albums the client
 * has read, which it answers from its cache.
 */
export async function timeClientOverhead(
	sandbox: Sandbox,
	newClient: () => SpotifyClient,
	accessToken: string,
): Promise<OverheadFigures> {
	const albumIds = sandbox.catalog.albums.map((album) => album.id);
	if (albumIds.length < 4 * callsPerCase) {
		throw new Error(
			`the sandbox has ${albumIds.length} albums; the client overhead needs ${4 * callsPerCase}`,
		);
	}

	const idAt = (index: number) => albumIds[index % albumIds.length] ?? '';
	const client = newClient();
	const fetchAlbum: number[] = [];
	const clientAlbum: number[] = [];
	const time = async (into: number[], warm: boolean, call: () => Promise<unknown>) => {
		const started = performance.now();
		await call();
		if (!warm) {
			into.push(performance.now() - started);
		}
	};

	for (let index = 0; index < 2 * callsPerCase; index += 1) {
		const warm = index < callsPerCase;
		await time(fetchAlbum, warm, async () => {
			const response = await fetch(`${sandbox.origin}/v1/albums/${idAt(2 * index)}?market=from_token`, {
				headers: {authorization: `Bearer ${accessToken}`},
			});
			return response.json();
		});
		await time(clientAlbum, warm, async () => client.catalog.album(idAt(2 * index + 1)));
	}

	const cachedAlbum = await timeCalls(callsPerCase, async (index) =>
		client.catalog.album(idAt(2 * index + 1)),
	);
	return {fetchAlbum, clientAlbum, cachedAlbum};
}
