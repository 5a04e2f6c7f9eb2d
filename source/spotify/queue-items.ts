import type {SpotifyCalls} from './spotify-client.js';

/** Queueing an album or a playlist adds at most this many of its tracks, one request each. */
export const mostQueued = 100;

export type QueueTarget =
	| {readonly type: 'track' | 'episode'; readonly uri: string}
	| {readonly type: 'album' | 'playlist'; readonly id: string};

/** What queueing `target` adds: its own URI, or an album's or a playlist's first tracks and episodes. */
export async function urisToQueue(
	{catalog, library}: Pick<SpotifyCalls, 'catalog' | 'library'>,
	target: QueueTarget,
	{signal}: {signal?: AbortSignal | undefined} = {},
): Promise<{uris: string[]; total: number}> {
	switch (target.type) {
		case 'track':
		case 'episode': {
			return {uris: [target.uri], total: 1};
		}

		case 'album': {
			const album = await catalog.album(target.id, {signal});
			const tracks = await catalog.albumTracks(album, {signal});
			return {uris: tracks.items.slice(0, mostQueued).map((track) => track.uri), total: tracks.total};
		}

		case 'playlist': {
			const entries = await library.playlistItems(target.id, {signal});
			const uris = entries.items.flatMap((entry) =>
				entry.item.uri === null || entry.isLocal ? [] : [entry.item.uri],
			);
			return {uris: uris.slice(0, mostQueued), total: entries.total};
		}
	}
}

/**
 * Adds each URI to the queue in order, one request after another (Spotify does not promise to keep
 * the order of requests sent together); told after each one.
 */
export async function addToQueue(
	player: SpotifyCalls['player'],
	uris: readonly string[],
	{deviceId, onAdded}: {deviceId?: string | undefined; onAdded?: (count: number) => void} = {},
): Promise<void> {
	for (const [index, uri] of uris.entries()) {
		await player.addToQueue(uri, {deviceId});
		onAdded?.(index + 1);
	}
}
