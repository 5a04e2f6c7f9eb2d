import {Text} from 'ink';
import {formatDuration} from '../../format/duration.js';
import {fitToWidth} from '../../format/text-fit.js';
import type {PlaybackState} from '../../spotify/schemas.js';
import {useTheme} from './theme.js';

type NowPlayingBarProps = {
	readonly state: PlaybackState | undefined;
	/** The state's progress plus the time since it was read, while playing. */
	readonly progressMs: number;
	readonly width: number;
	/** Shown in place of the player: no login, or a wait Spotify asked for. */
	readonly notice?: string | undefined;
};

/** Two lines at the bottom: what plays, then a progress bar, where it plays, and the player's settings. */
export function NowPlayingBar({state, progressMs, width, notice}: NowPlayingBarProps) {
	const theme = useTheme();
	if (notice !== undefined || state === undefined || state.item === null) {
		const text =
			notice ?? (state === undefined ? 'Nothing is playing.' : `Nothing is playing on ${state.device.name}.`);
		return (
			<>
				<Text {...theme.dim}>{fitToWidth(`─ ${text}`, width)}</Text>
				<Text> </Text>
			</>
		);
	}

	const {item, device} = state;
	const who = item.type === 'track' ? item.artists.map((artist) => artist.name).join(', ') : item.show.name;
	const settings = [
		`on ${device.name}`,
		device.volume_percent === null ? undefined : `vol ${device.volume_percent}%`,
		state.shuffle_state ? 'shuffle' : undefined,
		state.repeat_state === 'off' ? undefined : `repeat ${state.repeat_state}`,
	].filter((part) => part !== undefined);
	const elapsed = formatDuration(Math.min(progressMs, item.duration_ms));
	const total = formatDuration(item.duration_ms);
	const tail = fitToWidth(
		` ${elapsed} / ${total} ${settings.join(' · ')}`,
		Math.max(0, width - 12),
	).trimEnd();
	const barWidth = Math.max(0, width - tail.length - 2);
	const filled =
		item.duration_ms > 0
			? Math.round((barWidth * Math.min(progressMs, item.duration_ms)) / item.duration_ms)
			: 0;
	return (
		<>
			<Text>
				<Text {...theme.playing}>{state.is_playing ? '▶ ' : '⏸ '}</Text>
				{fitToWidth(`${item.name} · ${who}`, width - 2)}
			</Text>
			<Text>
				{'  '}
				<Text {...theme.playing}>{'━'.repeat(filled)}</Text>
				<Text {...theme.dim}>{'─'.repeat(Math.max(0, barWidth - filled))}</Text>
				{tail}
			</Text>
		</>
	);
}
