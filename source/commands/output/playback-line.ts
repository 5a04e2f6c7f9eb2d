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

	const {item, device} = state;
	const what =
		item === null
			? 'nothing'
			: item.type === 'track'
				? [item.name, item.artists.map((artist) => artist.name).join(', '), item.album.name].join(' · ')
				: `${item.name} · ${item.show.name}`;
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
