import {describePlayingItem} from '../../format/playing-item.js';
import {terminalSafe} from '../../format/terminal-text.js';
import type {PlaybackState} from '../../spotify/schemas.js';

/**
 * What plays, in one line, with each part `--follow` reports a change of:
 *   ▶ Song · Artist · Album · on Studio Desktop · volume 62% · shuffle off · repeat off
 */
export function playbackLine(state: PlaybackState | undefined): string {
	if (state === undefined) {
		return 'Nothing is playing.';
	}

	const {device} = state;
	const item = describePlayingItem(state);
	const what =
		item === undefined ? 'nothing' : [item.title, item.subtitle].filter((part) => part !== '').join(' · ');
	return terminalSafe(
		[
			`${state.is_playing ? '▶' : '⏸'} ${what}`,
			`on ${device.name}`,
			...(device.volume_percent === null ? [] : [`volume ${device.volume_percent}%`]),
			`shuffle ${state.shuffle_state ? 'on' : 'off'}`,
			`repeat ${state.repeat_state}`,
		].join(' · '),
	);
}
