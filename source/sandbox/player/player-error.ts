/** A refusal of the player, with Spotify's status, message and (for most) reason. */
export class PlayerError extends Error {
	override readonly name = 'PlayerError';
	readonly status: number;
	readonly reason: string | undefined;

	constructor(status: number, message: string, reason?: string) {
		super(message);
		this.status = status;
		this.reason = reason;
	}
}

const failed = (what: string) => `Player command failed: ${what}`;

export const noActiveDevice = () =>
	new PlayerError(404, failed('No active device found'), 'NO_ACTIVE_DEVICE');

/** Spotify's answer to pausing while paused, resuming while playing, and other moves that make no sense now. */
export const restrictionViolated = () => new PlayerError(403, failed('Restriction violated'), 'UNKNOWN');

/** Resuming, skipping or seeking before anything was ever played: there is no track to act on. */
export const nothingLoaded = () => new PlayerError(403, failed('No track loaded'), 'NOT_PLAYING_TRACK');

export const noNextTrack = () => new PlayerError(403, failed('No next track'), 'NO_NEXT_TRACK');

export const volumeControlDisallowed = () =>
	new PlayerError(403, failed('Cannot control device volume'), 'VOLUME_CONTROL_DISALLOW');

export const deviceNotControllable = () =>
	new PlayerError(403, failed('Device not controllable'), 'DEVICE_NOT_CONTROLLABLE');

export const emptyContext = () =>
	new PlayerError(403, failed('Context has no playable tracks'), 'CONTEXT_DISALLOW');

export const deviceNotFound = () => new PlayerError(404, 'Device not found');

/** A well-formed URI of a context or track that the catalog does not have. */
export const notFound = () => new PlayerError(404, 'Not found');

export const invalidContextUri = (uri: string) => new PlayerError(400, `Invalid context uri: ${uri}`);

export const invalidTrackUri = (uri: string) => new PlayerError(400, `Invalid track uri: ${uri}`);

export const noTracksGiven = () => new PlayerError(400, 'Invalid uris: at least one track uri is required');

export const contextAndUrisTogether = () =>
	new PlayerError(400, 'Only one of context_uri and uris may be given');

export const invalidOffset = () => new PlayerError(400, 'Invalid offset');

/** Spotify documents offsets only for albums, playlists and lists of tracks. */
export const offsetNotSupported = () =>
	new PlayerError(400, 'Invalid offset: not supported for this context');

export const invalidVolume = () => new PlayerError(400, 'Invalid volume_percent: must be between 0 and 100');

export const invalidPosition = () => new PlayerError(400, 'Invalid position_ms');
