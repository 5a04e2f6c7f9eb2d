import type {LibraryPlaylist, PositionedEntry} from '../../spotify/library-client.js';
import type {LikedTrack, PlayedTrack, Queue, SavedAlbum} from '../../spotify/library-schemas.js';
import type {Release} from '../../spotify/new-releases.js';
import {
	type AlbumJson,
	albumJson,
	type PlayerJson,
	playingItemJson,
	type TrackJson,
	trackJson,
} from './json-shapes.js';

// The library's `--json` shapes (README, "Scripting"), stable as the others in json-shapes.ts.

type ItemJson = NonNullable<PlayerJson['item']>;

export type PlaylistJson = {
	id: string;
	uri: string;
	name: string;
	description: string | null;
	owner: {id: string | null; name: string | null};
	/** owned, collaborative or followed: only the first two have items Spotify lets apps read. */
	relation: LibraryPlaylist['relation'];
	collaborative: boolean;
	public: boolean | null;
	/** How many tracks and episodes it holds; null when Spotify does not say. */
	total: number | null;
};

export function likedTrackJson({track, addedAt}: LikedTrack): TrackJson & {addedAt: string | null} {
	return {...trackJson(track), addedAt};
}

export function savedAlbumJson({album, addedAt}: SavedAlbum): AlbumJson & {addedAt: string | null} {
	return {...albumJson(album), addedAt};
}

export function playlistJson(playlist: LibraryPlaylist): PlaylistJson {
	return {
		id: playlist.id,
		uri: playlist.uri,
		name: playlist.name,
		description: playlist.description,
		owner: {id: playlist.ownerId, name: playlist.ownerName},
		relation: playlist.relation,
		collaborative: playlist.collaborative,
		public: playlist.public,
		total: playlist.total,
	};
}

export function playlistEntryJson(entry: PositionedEntry): {position: number; item: ItemJson} {
	return {position: entry.position, item: itemJson(entry.item)};
}

export function playJson(play: PlayedTrack): {
	track: TrackJson;
	playedAt: string | null;
	context: string | null;
} {
	return {track: trackJson(play.track), playedAt: play.playedAt, context: play.contextUri};
}

export function queueJson(queue: Queue): {currentlyPlaying: ItemJson | null; queue: ItemJson[]} {
	return {
		currentlyPlaying: queue.currently_playing === null ? null : itemJson(queue.currently_playing),
		queue: queue.queue.map((item) => itemJson(item)),
	};
}

export function releaseJson(release: Release): AlbumJson & {artist: {id: string; name: string}} {
	return {...albumJson(release.album), artist: release.artist};
}

function itemJson(item: Parameters<typeof playingItemJson>[0] & object): ItemJson {
	// Never null: the item is there.
	return playingItemJson(item) as ItemJson;
}
