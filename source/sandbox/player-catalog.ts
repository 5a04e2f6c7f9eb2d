import {idFromUri} from './api/ids.js';
import type {Catalog} from './catalog/catalog.js';
import type {UserLibrary} from './library/user-library.js';
import type {PlayerCatalog} from './player/player.js';

/**
 * What the player needs of the catalog: lengths, and what an album, artist, show or playlist URI
 * plays (playlists from the user's library; followed ones play although their items are not shown).
 */
export function createPlayerCatalog(catalog: Catalog, library: Pick<UserLibrary, 'playlist'>): PlayerCatalog {
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

			const playlist = library.playlist(idFromUri(uri, 'playlist') ?? '');
			if (playlist !== undefined) {
				return {context: {type: 'playlist', uri}, trackIds: playlist.itemIds};
			}

			return undefined;
		},
	};
}
