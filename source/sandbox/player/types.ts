export type DeviceType = 'Computer' | 'Smartphone' | 'Speaker' | 'TV' | 'AVR' | 'CastAudio';

export type Device = {
	readonly id: string;
	readonly name: string;
	readonly type: DeviceType;
	readonly supportsVolume: boolean;
	readonly isRestricted: boolean;
	isActive: boolean;
	volumePercent: number | null;
};

export type RepeatState = 'off' | 'track' | 'context';

export type PlaybackContext = {
	readonly type: 'album' | 'artist';
	readonly uri: string;
};

/** What the player looks like at one instant; the routes turn it into Spotify's JSON. */
export type PlaybackSnapshot = {
	readonly device: Device;
	readonly trackId: string;
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
