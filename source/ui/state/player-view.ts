import {knownRepeatState, type PlaybackState, type RepeatState} from '../../spotify/schemas.js';

/** What the keys need to know of the player, read from its last state in one place. */
export type PlayerFacts = {
	readonly isPlaying: boolean;
	readonly shuffle: boolean;
	readonly repeat: RepeatState;
	/** undefined: nothing plays; null: the device does not allow it. */
	readonly volume: number | null | undefined;
	readonly deviceName: string | undefined;
	/** The URI of what plays, to mark its row. */
	readonly itemUri: string | undefined;
};

export function playerFacts(playback: PlaybackState | undefined): PlayerFacts {
	return {
		isPlaying: playback?.is_playing === true,
		shuffle: playback?.shuffle_state ?? false,
		repeat: knownRepeatState(playback?.repeat_state),
		volume: playback?.device.volume_percent,
		deviceName: playback?.device.name,
		itemUri: playback?.item?.uri ?? undefined,
	};
}
