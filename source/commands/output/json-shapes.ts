import type {
	Artist,
	Device,
	PlaybackState,
	SimplifiedAlbum,
	SimplifiedArtist,
	SimplifiedTrack,
	Track,
} from '../../spotify/schemas.js';

// The documented, stable `--json` shapes (README, "Scripting"): our names, not Spotify's, so a
// change in the Web API does not break a user's script.

export type ArtistJson = {id: string; uri: string; name: string; genres: string[]};
export type AlbumJson = {
	id: string;
	uri: string;
	name: string;
	artists: string[];
	type: string;
	releaseDate: string;
	totalTracks: number;
};
export type TrackJson = {
	id: string;
	uri: string;
	name: string;
	artists: string[];
	album: {id: string; uri: string; name: string} | null;
	discNumber: number;
	trackNumber: number;
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
export type PlayerJson = {
	device: DeviceJson | null;
	isPlaying: boolean;
	item:
		| (TrackJson & {type: 'track'})
		| {type: 'episode'; id: string; uri: string; name: string; show: string; durationMs: number}
		| null;
	progressMs: number | null;
	shuffle: boolean;
	repeat: 'off' | 'track' | 'context';
	context: {type: string; uri: string} | null;
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
		type: album.album_type.toLowerCase(),
		releaseDate: album.release_date,
		totalTracks: album.total_tracks,
	};
}

export function trackJson(track: SimplifiedTrack | Track): TrackJson {
	return {
		id: track.id,
		uri: track.uri,
		name: track.name,
		artists: names(track.artists),
		album: 'album' in track ? {id: track.album.id, uri: track.album.uri, name: track.album.name} : null,
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

/** The player's state; with no active device every field is empty rather than missing. */
export function playerJson(state: PlaybackState | undefined): PlayerJson {
	if (state === undefined) {
		return {
			device: null,
			isPlaying: false,
			item: null,
			progressMs: null,
			shuffle: false,
			repeat: 'off',
			context: null,
		};
	}

	const {item} = state;
	return {
		device: deviceJson(state.device),
		isPlaying: state.is_playing,
		item:
			item === null
				? null
				: item.type === 'track'
					? {type: 'track', ...trackJson(item)}
					: {
							type: 'episode',
							id: item.id,
							uri: item.uri,
							name: item.name,
							show: item.show.name,
							durationMs: item.duration_ms,
						},
		progressMs: state.progress_ms,
		shuffle: state.shuffle_state,
		repeat: state.repeat_state,
		context: state.context === null ? null : {type: state.context.type, uri: state.context.uri},
	};
}
