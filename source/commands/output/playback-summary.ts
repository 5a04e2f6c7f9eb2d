import {formatDuration} from '../../format/duration.js';
import {describePlayingItem} from '../../format/playing-item.js';
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

	const {device} = state;
	const item = describePlayingItem(state);
	const symbol = state.is_playing ? '▶' : '⏸';
	const what =
		item === undefined ? 'nothing' : [item.title, item.subtitle].filter((part) => part !== '').join(' · ');
	const progress =
		item === undefined
			? ''
			: item.durationMs === null
				? `${formatDuration(state.progress_ms ?? 0)} `
				: `${formatDuration(state.progress_ms ?? 0)} / ${formatDuration(item.durationMs)} `;
	const details = [
		`${progress}on ${device.name === '' ? 'an unnamed device' : device.name}`,
		...(device.volume_percent === null ? [] : [`volume ${device.volume_percent}%`]),
		`shuffle ${state.shuffle_state ? 'on' : 'off'}`,
		`repeat ${state.repeat_state}`,
	];
	return `${terminalSafe(`${symbol} ${what}`)}\n  ${terminalSafe(details.join(' · '))}\n`;
}
