import {describePlayingItem, type PlayingKind} from '../../format/playing-item.js';
import type {
	AlbumSummary,
	Artist,
	Device,
	PlaybackState,
	SimplifiedAlbum,
	SimplifiedArtist,
	SimplifiedTrack,
} from '../../spotify/schemas.js';

// The documented, stable `--json` shapes (README, "Scripting"): our names, not Spotify's, so a
// change in the Web API does not break a user's script. What Spotify may leave out is null here.

export type ArtistJson = {id: string; uri: string; name: string; genres: string[]};
export type AlbumJson = {
	id: string;
	uri: string;
	name: string;
	artists: string[];
	/** album, single, compilation, or a kind Spotify added since; null when it names none. */
	type: string | null;
	releaseDate: string | null;
	totalTracks: number | null;
};
export type TrackJson = {
	/** Null for a local file. */
	id: string | null;
	uri: string | null;
	name: string;
	artists: string[];
	album: {id: string | null; uri: string | null; name: string} | null;
	discNumber: number;
	trackNumber: number | null;
	durationMs: number;
	explicit: boolean;
};
export type DeviceJson = {
	id: string | null;
	name: string;
	type: string;
	active: boolean;
	restricted: boolean;
	volumePercent: number | null;
};
type PlayingJson = {id: string | null; uri: string | null; name: string; durationMs: number};
export type PlayerJson = {
	/** False when a command was carried out but the player could not be read afterwards. */
	known: boolean;
	device: DeviceJson | null;
	isPlaying: boolean;
	/** What plays, for scripts that do not want to look inside `item`; null when nothing does. */
	itemKind: PlayingKind | null;
	item:
		| (TrackJson & {type: 'track'; local: boolean})
		| (PlayingJson & {type: 'episode'; show: string | null})
		| (PlayingJson & {type: 'chapter'; audiobook: string | null})
		| (PlayingJson & {type: string})
		| null;
	progressMs: number | null;
	shuffle: boolean;
	/** off, track or context, or a mode Spotify added since. */
	repeat: string;
	context: {type: string | null; uri: string | null} | null;
};

const names = (artists: readonly SimplifiedArtist[]) => artists.map((artist) => artist.name);

export function artistJson(artist: Artist): ArtistJson {
	return {id: artist.id, uri: artist.uri, name: artist.name, genres: artist.genres};
}

export function albumJson(album: SimplifiedAlbum): AlbumJson {
	return {
		id: album.id,
		uri: album.uri,
		name: album.name,
		artists: names(album.artists),
		type: album.album_type?.toLowerCase() ?? null,
		releaseDate: album.release_date,
		totalTracks: album.total_tracks,
	};
}

type AnyTrack = Omit<SimplifiedTrack, 'id' | 'uri'> & {
	readonly id: string | null;
	readonly uri: string | null;
	readonly album?: AlbumSummary | null;
};

export function trackJson(track: AnyTrack): TrackJson {
	return {
		id: track.id,
		uri: track.uri,
		name: track.name,
		artists: names(track.artists),
		album:
			track.album === undefined || track.album === null
				? null
				: {id: track.album.id, uri: track.album.uri, name: track.album.name},
		discNumber: track.disc_number,
		trackNumber: track.track_number,
		durationMs: track.duration_ms,
		explicit: track.explicit,
	};
}

export function deviceJson(device: Device): DeviceJson {
	return {
		id: device.id,
		name: device.name,
		type: device.type,
		active: device.is_active,
		restricted: device.is_restricted,
		volumePercent: device.volume_percent,
	};
}

/**
 * The player's state; with no active device (or, `known: false`, when it could not be read after a
 * command) every field is empty rather than missing.
 */
export function playerJson(
	state: PlaybackState | undefined,
	{known = true}: {known?: boolean} = {},
): PlayerJson {
	if (state === undefined) {
		return {
			known,
			device: null,
			isPlaying: false,
			itemKind: null,
			item: null,
			progressMs: null,
			shuffle: false,
			repeat: 'off',
			context: null,
		};
	}

	return {
		known,
		device: deviceJson(state.device),
		isPlaying: state.is_playing,
		itemKind: describePlayingItem(state)?.kind ?? null,
		item: playingItemJson(state.item),
		progressMs: state.progress_ms,
		shuffle: state.shuffle_state,
		repeat: state.repeat_state,
		context: state.context === null ? null : {type: state.context.type, uri: state.context.uri},
	};
}

export function playingItemJson(item: PlaybackState['item']): PlayerJson['item'] {
	if (item === null) {
		return null;
	}

	const common = {id: item.id, uri: item.uri, name: item.name, durationMs: item.duration_ms};
	switch (item.type) {
		case 'track': {
			return {type: 'track', ...trackJson(item), local: item.is_local};
		}

		case 'episode': {
			return item.show === null && item.audiobook !== null
				? {type: 'chapter', ...common, audiobook: item.audiobook.name}
				: {type: 'episode', ...common, show: item.show?.name ?? null};
		}

		default: {
			return {type: item.sentType, ...common};
		}
	}
}
