/** Spotify's device types; the Web API types the field as plain text and adds kinds over time. */
export type DeviceType = 'Computer' | 'Smartphone' | 'Speaker' | 'TV' | 'AVR' | 'CastAudio' | 'Automobile';

export type Device = {
	/** Null for a restricted device: Spotify lists it, but no command can name it. */
	readonly id: string | null;
	readonly name: string;
	readonly type: DeviceType;
	readonly supportsVolume: boolean;
	readonly isRestricted: boolean;
	isActive: boolean;
	volumePercent: number | null;
};

export type RepeatState = 'off' | 'track' | 'context';

export type PlaybackContext = {
	readonly type: 'album' | 'artist' | 'show' | 'playlist';
	readonly uri: string;
};

/**
 * Something that plays instead of the catalog's tracks and episodes, which Spotify reports in its
 * own ways: an ad or a private session (no item at all), or a file from the user's own disk
 * (an item whose ids are null).
 */
export type Interruption =
	| {readonly kind: 'ad'}
	| {readonly kind: 'private-session'}
	| {readonly kind: 'no-item'}
	| {
			readonly kind: 'local-file';
			readonly name: string;
			readonly artist: string;
			readonly album: string;
			readonly durationMs: number;
	  };

/** What the player looks like at one instant; the routes turn it into Spotify's JSON. */
export type PlaybackSnapshot = {
	readonly device: Device;
	/** The catalog track or episode playing (or waiting, during an interruption); '' when none is. */
	readonly trackId: string;
	/** Set while something other than the catalog's items plays. */
	readonly interruption: Interruption | undefined;
	readonly context: PlaybackContext | null;
	readonly isPlaying: boolean;
	readonly progressMs: number;
	readonly shuffle: boolean;
	readonly repeat: RepeatState;
	/** Server time (ms since epoch) of the last state change, as Spotify's `timestamp`. */
	readonly timestamp: number;
	/** Track ids that will play next: the user queue first, then the rest of the context. */
	readonly upNext: readonly string[];
};
