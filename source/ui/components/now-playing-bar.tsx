import {Text} from 'ink';
import {formatDuration} from '../../format/duration.js';
import {describePlayingItem} from '../../format/playing-item.js';
import {fitToWidth} from '../../format/text-fit.js';
import type {PlaybackState} from '../../spotify/schemas.js';
import {useClock} from '../hooks/use-clock.js';
import {useTheme} from './theme.js';

type NowPlayingBarProps = {
	readonly playback: PlaybackState | undefined;
	/** When `playback` was read: the clock counts on from there. */
	readonly readAt: number;
	/** Until when Spotify asked to wait, for a countdown. */
	readonly waitUntil: number | undefined;
	readonly canPlay: boolean;
	readonly width: number;
};

/**
 * Two lines at the bottom: what plays, then a progress bar, where it plays, and the player's
 * settings. Its clock ticks here alone, restarting at each read of the player.
 */
export function NowPlayingBar({playback, readAt, waitUntil, canPlay, width}: NowPlayingBarProps) {
	const theme = useTheme();
	const playing = playback?.is_playing === true;
	const now = useClock(playing || waitUntil !== undefined, readAt);
	const waitSeconds = waitUntil === undefined ? 0 : Math.ceil((waitUntil - now) / 1000);
	const notice = !canPlay
		? 'Browsing only: playback needs a login.'
		: waitSeconds > 0
			? `Spotify asks to wait: trying again in ${waitSeconds} s.`
			: undefined;
	const item = playback === undefined ? undefined : describePlayingItem(playback);
	if (notice !== undefined || playback === undefined || item === undefined) {
		const text =
			notice ??
			(playback === undefined || playback.device.name === ''
				? 'Nothing is playing.'
				: `Nothing is playing on ${playback.device.name}.`);
		return (
			<>
				<Text {...theme.dim}>{fitToWidth(`─ ${text}`, width)}</Text>
				<Text> </Text>
			</>
		);
	}

	const {device} = playback;
	const progressMs = (playback.progress_ms ?? 0) + (playing ? Math.max(0, now - readAt) : 0);
	const settings = [
		device.name === '' ? undefined : `on ${device.name}`,
		device.volume_percent === null ? undefined : `vol ${device.volume_percent}%`,
		playback.shuffle_state ? 'shuffle' : undefined,
		playback.repeat_state === 'off' ? undefined : `repeat ${playback.repeat_state}`,
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
				<Text {...theme.playing}>{playing ? '▶ ' : '⏸ '}</Text>
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
