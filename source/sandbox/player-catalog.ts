import {idFromUri} from './api/ids.js';
import type {Catalog} from './catalog/catalog.js';
import type {PlayerCatalog} from './player/player.js';

/** What the player needs of the catalog: lengths, and what an album, artist or show URI plays. */
export function createPlayerCatalog(catalog: Catalog): PlayerCatalog {
	return {
		trackDurationMs: (id) => catalog.track(id)?.durationMs ?? catalog.episode(id)?.durationMs,
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

			const showId = idFromUri(uri, 'show');
			if (showId !== undefined && catalog.show(showId) !== undefined) {
				// A show plays from its oldest episode on.
				const trackIds = catalog
					.showEpisodes(showId)
					.map((episode) => episode.id)
					.reverse();
				return {context: {type: 'show', uri}, trackIds};
			}

			return undefined;
		},
	};
}
