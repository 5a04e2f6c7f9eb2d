import {Text} from 'ink';
import {formatDuration} from '../../format/duration.js';
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
	if (notice !== undefined || playback === undefined || playback.item === null) {
		const text =
			notice ??
			(playback === undefined ? 'Nothing is playing.' : `Nothing is playing on ${playback.device.name}.`);
		return (
			<>
				<Text {...theme.dim}>{fitToWidth(`─ ${text}`, width)}</Text>
				<Text> </Text>
			</>
		);
	}

	const {item, device} = playback;
	const progressMs = (playback.progress_ms ?? 0) + (playing ? Math.max(0, now - readAt) : 0);
	const who = item.type === 'track' ? item.artists.map((artist) => artist.name).join(', ') : item.show.name;
	const settings = [
		`on ${device.name}`,
		device.volume_percent === null ? undefined : `vol ${device.volume_percent}%`,
		playback.shuffle_state ? 'shuffle' : undefined,
		playback.repeat_state === 'off' ? undefined : `repeat ${playback.repeat_state}`,
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
				<Text {...theme.playing}>{playing ? '▶ ' : '⏸ '}</Text>
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
