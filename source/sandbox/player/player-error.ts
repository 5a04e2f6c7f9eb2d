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

export const noActiveDevice = () =>
	new PlayerError(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE');

/** Spotify's answer to pausing while paused, resuming while playing, and other moves that make no sense now. */
export const restrictionViolated = () =>
	new PlayerError(403, 'Player command failed: Restriction violated', 'UNKNOWN');

export const noNextTrack = () =>
	new PlayerError(403, 'Player command failed: No next track', 'NO_NEXT_TRACK');

export const volumeControlDisallowed = () =>
	new PlayerError(403, 'Player command failed: Cannot control device volume', 'VOLUME_CONTROL_DISALLOW');

export const deviceNotControllable = () =>
	new PlayerError(403, 'Player command failed: Device not controllable', 'DEVICE_NOT_CONTROLLABLE');

export const deviceNotFound = () => new PlayerError(404, 'Device not found');

export const notFound = () => new PlayerError(404, 'Not found');

export const invalidTrackUri = (uri: string) => new PlayerError(400, `Invalid track uri: ${uri}`);

export const invalidOffset = () => new PlayerError(400, 'Invalid offset');
