import {apiHref, externalUrls, images, trackObject} from '../catalog/serialize.js';
import type {SandboxContext} from '../context.js';
import type {PlaylistOwner, PlayRecord, SandboxPlaylist} from '../library/types.js';
import {albumWithTracks} from './album-json.js';
import {itemJsonById} from './player-json.js';

// Spotify's JSON for the library: playlists (SimplifiedPlaylistObject, PlaylistObject and their
// PlaylistTrackObject items), saved tracks and albums, and the play history.

function userJson(user: PlaylistOwner, context: SandboxContext) {
	return {
		display_name: user.displayName,
		external_urls: externalUrls('user', user.id),
		href: apiHref(context, 'user', user.id),
		id: user.id,
		type: 'user',
		uri: `spotify:user:${user.id}`,
	};
}

/** A playlist as `/me/playlists` and search list it; `items` (and the older `tracks`) say how many it holds. */
export function simplifiedPlaylistJson(playlist: SandboxPlaylist, context: SandboxContext) {
	const itemsRef = {
		href: `${context.origin}/v1/playlists/${playlist.id}/items`,
		total: playlist.itemIds.length,
	};
	return {
		collaborative: playlist.relation === 'collaborative',
		description: playlist.description,
		external_urls: externalUrls('playlist', playlist.id),
		href: apiHref(context, 'playlist', playlist.id),
		id: playlist.id,
		images: playlist.itemIds.length === 0 ? [] : images(context, playlist.id),
		name: playlist.name,
		owner: userJson(playlist.owner, context),
		public: playlist.public,
		snapshot_id: `${playlist.id}-${playlist.itemIds.length}`,
		items: itemsRef,
		tracks: itemsRef,
		type: 'playlist',
		uri: `spotify:playlist:${playlist.id}`,
	};
}

/** One entry of a playlist: the track or episode, who added it and when. */
export function playlistItemJson(
	playlist: SandboxPlaylist,
	index: number,
	context: SandboxContext,
	market: string | undefined,
) {
	const item = itemJsonById(playlist.itemIds[index] ?? '', context, market ?? 'SE');
	const {display_name: _name, ...addedBy} = userJson(playlist.owner, context);
	return {
		added_at: isoTime(playlist.addedAt[index] ?? 0),
		added_by: addedBy,
		is_local: false,
		item,
		track: item,
	};
}

export function savedTrackJson(
	id: string,
	addedAt: number,
	context: SandboxContext,
	market: string | undefined,
) {
	const track = context.catalog.track(id);
	if (track === undefined) {
		throw new Error(`the library holds a track the catalog does not know: ${id}`);
	}

	return {added_at: isoTime(addedAt), track: trackObject(track, context, market)};
}

export function savedAlbumJson(
	id: string,
	addedAt: number,
	context: SandboxContext,
	market: string | undefined,
) {
	const album = context.catalog.album(id);
	if (album === undefined) {
		throw new Error(`the library holds an album the catalog does not know: ${id}`);
	}

	return {added_at: isoTime(addedAt), album: albumWithTracks(album, context, market)};
}

/** A play of `GET /me/player/recently-played`; a play outside any context has none (Spotify sends null). */
export function playHistoryJson(play: PlayRecord, context: SandboxContext, market: string) {
	const track = context.catalog.track(play.trackId);
	if (track === undefined) {
		throw new Error(`the history holds a track the catalog does not know: ${play.trackId}`);
	}

	const [, type = '', id = ''] = play.contextUri?.split(':') ?? [];
	return {
		track: trackObject(track, context, market),
		played_at: isoTime(play.playedAt),
		...(play.contextUri === null
			? {}
			: {
					context: {
						type,
						href: `${context.origin}/v1/${type}s/${id}`,
						external_urls: {spotify: `https://open.spotify.com/${type}/${id}`},
						uri: play.contextUri,
					},
				}),
	};
}

/** Spotify's timestamps: ISO 8601 in UTC, to the second. */
function isoTime(ms: number): string {
	return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
