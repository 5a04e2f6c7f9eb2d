import {useCallback, useEffect, useRef, useState} from 'react';
import type {PlaybackState} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {RateLimitedError} from '../../spotify/spotify-errors.js';
import type {RetryNotices} from '../retry-notices.js';

export type Playback = {
	/** What plays; undefined when nothing does or it is not known yet. */
	readonly state: PlaybackState | undefined;
	/** When `state` was read, for progress that moves on between reads. */
	readonly readAt: number;
	/** Until when Spotify asked to wait (a 429), for a countdown; polling waits too. */
	readonly waitUntil: number | undefined;
	readonly error: unknown;
	/** Reads the state now, as after a command. */
	readonly refresh: () => void;
};

const playingPollMs = 2000;
const idlePollMs = 5000;

/**
 * Polls the player: every 2 s while something plays, every 5 s otherwise, not at all while a
 * rate limit is being waited out. `enabled` is false without a login (an app token has no player).
 */
export function usePlayback(
	player: SpotifyCalls['player'],
	{enabled, retries}: {enabled: boolean; retries: RetryNotices},
): Playback {
	const [playback, setPlayback] = useState<Omit<Playback, 'refresh'>>({
		state: undefined,
		readAt: Date.now(),
		waitUntil: undefined,
		error: undefined,
	});
	const [refreshes, setRefreshes] = useState(0);
	const waitUntil = useRef<number | undefined>(undefined);

	useEffect(
		() =>
			retries.subscribe((event) => {
				if (event.reason === 'rate-limit') {
					waitUntil.current = Date.now() + event.delayMs;
					setPlayback((current) => ({...current, waitUntil: waitUntil.current}));
				}
			}),
		[retries],
	);

	// biome-ignore lint/correctness/useExhaustiveDependencies: `refreshes` restarts the loop at once, on purpose.
	useEffect(() => {
		if (!enabled) {
			return;
		}

		const controller = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		const schedule = (ms: number) => {
			timer = setTimeout(poll, Math.max(ms, (waitUntil.current ?? 0) - Date.now()));
		};

		const poll = async () => {
			try {
				const state = await player.state({signal: controller.signal});
				if (controller.signal.aborted) {
					return;
				}

				waitUntil.current = undefined;
				setPlayback({state, readAt: Date.now(), waitUntil: undefined, error: undefined});
				schedule(state?.is_playing === true ? playingPollMs : idlePollMs);
			} catch (error) {
				if (controller.signal.aborted) {
					return;
				}

				if (error instanceof RateLimitedError) {
					waitUntil.current = Date.now() + (error.retryAfterSeconds ?? 30) * 1000;
				}

				setPlayback((current) => ({...current, waitUntil: waitUntil.current, error}));
				schedule(idlePollMs);
			}
		};

		void poll();
		return () => {
			controller.abort(new Error('stopped'));
			clearTimeout(timer);
		};
	}, [player, enabled, refreshes]);

	const refresh = useCallback(() => {
		setRefreshes((count) => count + 1);
	}, []);
	return {...playback, refresh};
}
