import {episodeObject, trackObject} from '../catalog/serialize.js';
import type {SandboxContext} from '../context.js';
import type {Device, PlaybackContext, PlaybackSnapshot} from '../player/types.js';
import {interruptionJson} from './beyond-contract.js';

/** The track or episode the player names by id; the player only ever holds ids from the catalog. */
export function itemJsonById(id: string, context: SandboxContext, market: string | undefined) {
	const track = context.catalog.track(id);
	if (track !== undefined) {
		return trackObject(track, context, market);
	}

	const episode = context.catalog.episode(id);
	const show = episode === undefined ? undefined : context.catalog.show(episode.showId);
	if (episode === undefined || show === undefined) {
		throw new Error(`the player holds an item the catalog does not know: ${id}`);
	}

	return episodeObject(episode, show, context);
}

export function deviceJson(device: Device, {privateSession = false}: {privateSession?: boolean} = {}) {
	return {
		id: device.id,
		is_active: device.isActive,
		is_private_session: privateSession,
		is_restricted: device.isRestricted,
		name: device.name,
		type: device.type,
		volume_percent: device.volumePercent,
		supports_volume: device.supportsVolume,
	};
}

function contextJson(context: PlaybackContext, origin: string) {
	const [, type, id] = context.uri.split(':');
	return {
		type: context.type,
		href: `${origin}/v1/${type}s/${id}`,
		external_urls: {spotify: `https://open.spotify.com/${type}/${id}`},
		uri: context.uri,
	};
}

export type ItemTypes = {
	/** Whether the request's `additional_types` named `episode`; without it Spotify leaves episodes out. */
	readonly episodes: boolean;
};

/** `GET /me/player/currently-playing`: what plays, without device, shuffle and repeat. */
export function currentlyPlayingJson(
	snapshot: PlaybackSnapshot,
	context: SandboxContext,
	market: string,
	{episodes}: ItemTypes,
) {
	const playing =
		snapshot.interruption === undefined
			? catalogItemJson(snapshot.trackId, context, market, episodes)
			: interruptionJson(snapshot.interruption);
	return {
		// Spotify sends `context: null` outside a context; the description has it as an object or absent.
		...(snapshot.context === null || snapshot.interruption !== undefined
			? {}
			: {context: contextJson(snapshot.context, context.origin)}),
		timestamp: snapshot.timestamp,
		progress_ms: snapshot.progressMs,
		is_playing: snapshot.isPlaying,
		...playing,
		actions: {disallows: snapshot.isPlaying ? {resuming: true} : {pausing: true}},
	};
}

function catalogItemJson(id: string, context: SandboxContext, market: string, episodes: boolean) {
	const isEpisode = context.catalog.episode(id) !== undefined;
	return {
		item: isEpisode && !episodes ? null : itemJsonById(id, context, market),
		currently_playing_type: isEpisode ? 'episode' : 'track',
	};
}

/** `GET /me/player`: the playback state with its device and modes. */
export function playbackStateJson(
	snapshot: PlaybackSnapshot,
	context: SandboxContext,
	market: string,
	itemTypes: ItemTypes,
) {
	return {
		device: deviceJson(snapshot.device, {privateSession: snapshot.interruption?.kind === 'private-session'}),
		repeat_state: snapshot.repeat,
		shuffle_state: snapshot.shuffle,
		smart_shuffle: false,
		...currentlyPlayingJson(snapshot, context, market, itemTypes),
	};
}
