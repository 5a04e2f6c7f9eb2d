import {Text} from 'ink';
import {formatDuration} from '../../format/duration.js';
import {describePlayingItem} from '../../format/playing-item.js';
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
	const item = state === undefined ? undefined : describePlayingItem(state);
	if (notice !== undefined || state === undefined || item === undefined) {
		const text =
			notice ??
			(state === undefined || state.device.name === ''
				? 'Nothing is playing.'
				: `Nothing is playing on ${state.device.name}.`);
		return (
			<>
				<Text {...theme.dim}>{fitToWidth(`─ ${text}`, width)}</Text>
				<Text> </Text>
			</>
		);
	}

	const {device} = state;
	const settings = [
		device.name === '' ? undefined : `on ${device.name}`,
		device.volume_percent === null ? undefined : `vol ${device.volume_percent}%`,
		state.shuffle_state ? 'shuffle' : undefined,
		state.repeat_state === 'off' ? undefined : `repeat ${state.repeat_state}`,
	].filter((part) => part !== undefined);
	// An ad, or an item Spotify does not name, has no length: the time runs without a bar.
	const duration = item.durationMs ?? 0;
	const elapsed = formatDuration(duration > 0 ? Math.min(progressMs, duration) : progressMs);
	const time = item.durationMs === null ? elapsed : `${elapsed} / ${formatDuration(duration)}`;
	const tail = fitToWidth(` ${time} ${settings.join(' · ')}`, Math.max(0, width - 12)).trimEnd();
	const barWidth = Math.max(0, width - tail.length - 2);
	const filled =
		duration > 0 ? Math.round((barWidth * Math.max(0, Math.min(progressMs, duration))) / duration) : 0;
	return (
		<>
			<Text>
				<Text {...theme.playing}>{state.is_playing ? '▶ ' : '⏸ '}</Text>
				{fitToWidth(item.subtitle === '' ? item.title : `${item.title} · ${item.subtitle}`, width - 2)}
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
