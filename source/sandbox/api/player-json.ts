import {trackObject} from '../catalog/serialize.js';
import type {SandboxContext} from '../context.js';
import type {Device, PlaybackContext, PlaybackSnapshot} from '../player/types.js';

/** The full track the player names by id; the player only ever holds ids from the catalog. */
export function trackJsonById(trackId: string, context: SandboxContext, market: string) {
	const track = context.catalog.track(trackId);
	if (track === undefined) {
		throw new Error(`the player holds a track the catalog does not know: ${trackId}`);
	}

	return trackObject(track, context, market);
}

export function deviceJson(device: Device) {
	return {
		id: device.id,
		is_active: device.isActive,
		is_private_session: false,
		is_restricted: device.isRestricted,
		name: device.name,
		type: device.type,
		volume_percent: device.volumePercent,
		supports_volume: device.supportsVolume,
	};
}

function contextJson(context: PlaybackContext | null, origin: string) {
	if (context === null) {
		return null;
	}

	const [, type, id] = context.uri.split(':');
	return {
		type: context.type,
		href: `${origin}/v1/${type}s/${id}`,
		external_urls: {spotify: `https://open.spotify.com/${type}/${id}`},
		uri: context.uri,
	};
}

/** `GET /me/player/currently-playing`: what plays, without device, shuffle and repeat. */
export function currentlyPlayingJson(snapshot: PlaybackSnapshot, context: SandboxContext, market: string) {
	return {
		context: contextJson(snapshot.context, context.origin),
		timestamp: snapshot.timestamp,
		progress_ms: snapshot.progressMs,
		is_playing: snapshot.isPlaying,
		item: trackJsonById(snapshot.trackId, context, market),
		currently_playing_type: 'track',
		actions: {disallows: snapshot.isPlaying ? {resuming: true} : {pausing: true}},
	};
}

/** `GET /me/player`: the playback state with its device and modes. */
export function playbackStateJson(snapshot: PlaybackSnapshot, context: SandboxContext, market: string) {
	return {
		device: deviceJson(snapshot.device),
		repeat_state: snapshot.repeat,
		shuffle_state: snapshot.shuffle,
		smart_shuffle: false,
		...currentlyPlayingJson(snapshot, context, market),
	};
}
