import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {RateLimitedError} from '../../spotify/spotify-errors.js';
import type {RetryNotices} from '../retry-notices.js';
import {playerFacts} from '../state/player-view.js';
import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

/** What decides when the player is read next. */
export type PollSituation = {
	readonly isPlaying: boolean;
	/** Until when Spotify asked to wait. */
	readonly waitUntil: number | undefined;
	/** A read was asked for, as after a command. */
	readonly asked: boolean;
};

/** Milliseconds until the next read of the player. */
export type PollPolicy = (situation: PollSituation, now: number) => number;

/** Every 2 s while something plays, every 5 s otherwise, at once when asked; never inside a wait Spotify asked for. */
export const nextPollDelay: PollPolicy = ({isPlaying, waitUntil, asked}, now) =>
	Math.max(asked ? 0 : isPlaying ? 2000 : 5000, (waitUntil ?? 0) - now);

/** Reads the player on the policy's schedule, and at once when the store asks (after commands). */
export function startPlayerPoller(
	store: UiStore,
	player: SpotifyCalls['player'],
	retries: RetryNotices,
	{policy = nextPollDelay}: {policy?: PollPolicy} = {},
): () => void {
	let timer: NodeJS.Timeout | undefined;
	let reading: AbortController | undefined;
	let stopped = false;

	const schedule = (asked: boolean) => {
		clearTimeout(timer);
		const {playback, waitUntil} = store.getState().player;
		const delay = policy({isPlaying: playerFacts(playback).isPlaying, waitUntil, asked}, Date.now());
		timer = setTimeout(() => void read(), delay);
	};

	const read = async () => {
		reading?.abort(new Error('read again'));
		const controller = new AbortController();
		reading = controller;
		const settledBefore = store.getState().player.settled;
		try {
			const playback = await player.state({signal: controller.signal});
			if (!controller.signal.aborted) {
				store.dispatch({type: 'playback', playback, at: Date.now(), settledBefore});
			}
		} catch (error) {
			if (!controller.signal.aborted && error instanceof RateLimitedError) {
				store.dispatch({type: 'rate-limited', until: Date.now() + (error.retryAfterSeconds ?? 30) * 1000});
			}
		}

		if (!controller.signal.aborted && !stopped) {
			schedule(false);
		}
	};

	const stopWatching = watch(
		store,
		(state) => state.player.readRequests,
		(_requests, state) => {
			if (state.player.readRequests > 0) {
				reading?.abort(new Error('read again'));
				schedule(true);
			}
		},
	);
	const stopListening = retries.subscribe((event) => {
		if (event.reason === 'rate-limit') {
			store.dispatch({type: 'rate-limited', until: Date.now() + event.delayMs});
		}
	});
	void read();
	return () => {
		stopped = true;
		stopWatching();
		stopListening();
		clearTimeout(timer);
		reading?.abort(new Error('stopped'));
	};
}
