import type {PlaybackState} from '../spotify/schemas.js';

/**
 * What a status line shows of the player, as one comparable value: the item, playing or paused,
 * the device, its volume, shuffle and repeat. Progress is left out: it changes all the time and
 * is worked out between reads.
 */
export function playerChangeKey(state: PlaybackState | undefined): string {
	if (state === undefined) {
		return 'nothing';
	}

	const {device} = state;
	return JSON.stringify([
		state.item?.uri ?? null,
		state.is_playing,
		device.id,
		device.name,
		device.volume_percent,
		state.shuffle_state,
		state.repeat_state,
	]);
}
