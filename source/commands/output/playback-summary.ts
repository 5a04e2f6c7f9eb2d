import {formatDuration} from '../../format/duration.js';
import {terminalSafe} from '../../format/terminal-text.js';
import type {PlaybackState} from '../../spotify/schemas.js';

/**
 * What plays, in two lines:
 *   ▶ Song · Artist · Album
 *     1:23 / 4:56 on Studio Desktop · volume 62% · shuffle off · repeat off
 */
export function playbackSummary(state: PlaybackState | undefined): string {
	if (state === undefined) {
		return 'Nothing is playing.\n';
	}

	const {item, device} = state;
	const symbol = state.is_playing ? '▶' : '⏸';
	const what =
		item === null
			? 'nothing'
			: item.type === 'track'
				? [item.name, item.artists.map((artist) => artist.name).join(', '), item.album.name].join(' · ')
				: `${item.name} · ${item.show.name}`;
	const progress =
		item === null ? '' : `${formatDuration(state.progress_ms ?? 0)} / ${formatDuration(item.duration_ms)} `;
	const details = [
		`${progress}on ${device.name}`,
		...(device.volume_percent === null ? [] : [`volume ${device.volume_percent}%`]),
		`shuffle ${state.shuffle_state ? 'on' : 'off'}`,
		`repeat ${state.repeat_state}`,
	];
	return `${symbol} ${terminalSafe(what)}\n  ${terminalSafe(details.join(' · '))}\n`;
}
