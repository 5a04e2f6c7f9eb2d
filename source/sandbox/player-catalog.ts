import {idFromUri} from './api/ids.js';
import type {Catalog} from './catalog/catalog.js';
import type {PlayerCatalog} from './player/player.js';

/** What the player needs of the catalog: track lengths, and the tracks an album or artist URI plays. */
export function createPlayerCatalog(catalog: Catalog): PlayerCatalog {
	return {
		trackDurationMs: (trackId) => catalog.track(trackId)?.durationMs,
		context(uri) {
			const albumId = idFromUri(uri, 'album');
			if (albumId !== undefined && catalog.album(albumId) !== undefined) {
				const trackIds = catalog.albumTracks(albumId).map((track) => track.id);
				return {context: {type: 'album', uri}, trackIds};
			}

			const artistId = idFromUri(uri, 'artist');
			if (artistId !== undefined && catalog.artist(artistId) !== undefined) {
				const trackIds = catalog.artistTracks(artistId).map((track) => track.id);
				return {context: {type: 'artist', uri}, trackIds};
			}

			return undefined;
		},
	};
}
