import type {PlaybackState} from '../spotify/schemas.js';
import {RateLimitedError} from '../spotify/spotify-errors.js';
import {
	afterAnswer,
	afterFailure,
	initialPollingState,
	nextPollDelay,
	type Poke,
	type PollingSettings,
	type PollingState,
	pokeDelay,
} from './polling-policy.js';
import {systemClock, type WatcherClock} from './watcher-clock.js';

/** What the watcher knows of the player; a new object after every read. */
export type PlayerSnapshot = {
	/** What plays, from the last answer; undefined when nothing does, or before the first answer. */
	readonly state: PlaybackState | undefined;
	/** When `state` was read, for progress that moves on between reads; undefined before the first answer. */
	readonly readAt: number | undefined;
	/** Why the last read failed; undefined when it succeeded. */
	readonly error: unknown;
	/** Until when Spotify asked us to wait (a 429), for a countdown; reads wait too. */
	readonly waitUntil: number | undefined;
};

export type PlayerWatcher = {
	/** The latest snapshot (the same object until the next read), for useSyncExternalStore too. */
	snapshot(): PlayerSnapshot;
	/** `listener` is told of every snapshot; the function returned unsubscribes. */
	subscribe(listener: (snapshot: PlayerSnapshot) => void): () => void;
	/** Asks for a read out of turn (see pokeDelay): after a command, on focus, on a key. */
	poke(reason: Poke): void;
	/** No more reads; one in flight is abandoned. */
	stop(): void;
};

export type PlayerWatcherOptions = {
	/** One read of the player, such as `client.player.state`. */
	readonly read: (options: {signal: AbortSignal}) => Promise<PlaybackState | undefined>;
	readonly settings: PollingSettings;
	readonly clock?: WatcherClock;
	/** Until when another process was told to wait (the shared record of the last 429). */
	readonly sharedRateLimit?: () => number | undefined;
};

/**
 * Reads the player now and then as the polling policy says, one read at a time, and tells its
 * subscribers. A read asked for while one is in flight follows it at once.
 */
export function watchPlayer({
	read,
	settings,
	clock = systemClock,
	sharedRateLimit,
}: PlayerWatcherOptions): PlayerWatcher {
	const listeners = new Set<(snapshot: PlayerSnapshot) => void>();
	let snapshot: PlayerSnapshot = {
		state: undefined,
		readAt: undefined,
		error: undefined,
		waitUntil: undefined,
	};
	let policy: PollingState = initialPollingState;
	let inFlight: AbortController | undefined;
	let readAgain = false;
	let stopped = false;
	let timer: {at: number; cancel: () => void} | undefined;

	const schedule = (delayMs: number) => {
		const at = clock.now() + delayMs;
		if (timer !== undefined && timer.at <= at) {
			return;
		}

		timer?.cancel();
		timer = {at, cancel: clock.setTimer(poll, delayMs)};
	};

	const publish = (next: PlayerSnapshot) => {
		snapshot = next;
		for (const listener of listeners) {
			listener(next);
		}
	};

	const poll = async () => {
		timer = undefined;
		if (stopped) {
			return;
		}

		const shared = sharedRateLimit?.();
		if (shared !== undefined && shared > clock.now()) {
			policy = {...policy, rateLimitedUntil: Math.max(policy.rateLimitedUntil ?? 0, shared)};
			if (snapshot.waitUntil !== policy.rateLimitedUntil) {
				publish({...snapshot, waitUntil: policy.rateLimitedUntil});
			}

			schedule(nextPollDelay(policy, clock.now(), settings));
			return;
		}

		const controller = new AbortController();
		inFlight = controller;
		readAgain = false;
		policy = {...policy, lastPollAt: clock.now()};
		try {
			const state = await read({signal: controller.signal});
			if (controller.signal.aborted) {
				return;
			}

			const readAt = clock.now();
			policy = afterAnswer(policy, state, readAt);
			publish({state, readAt, error: undefined, waitUntil: undefined});
		} catch (error) {
			if (controller.signal.aborted) {
				return;
			}

			const rateLimited = error instanceof RateLimitedError;
			const retryAfterSeconds = rateLimited ? error.retryAfterSeconds : undefined;
			policy = afterFailure(
				policy,
				clock.now(),
				{rateLimited, retryAfterMs: retryAfterSeconds === undefined ? undefined : retryAfterSeconds * 1000},
				settings,
			);
			publish({...snapshot, error, waitUntil: policy.rateLimitedUntil});
		} finally {
			if (inFlight === controller) {
				inFlight = undefined;
			}
		}

		if (!stopped) {
			const poked = readAgain ? pokeDelay('command', policy, clock.now(), settings) : undefined;
			schedule(poked ?? nextPollDelay(policy, clock.now(), settings));
		}
	};

	schedule(0);

	return {
		snapshot: () => snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		poke(reason) {
			if (stopped) {
				return;
			}

			const now = clock.now();
			const delay = pokeDelay(reason, policy, now, settings);
			if (reason === 'activity') {
				policy = {...policy, lastActivityAt: now};
			}

			if (delay === undefined) {
				return;
			}

			if (inFlight === undefined) {
				schedule(delay);
			} else {
				// The read in flight may have left before the change it is asked for.
				readAgain = reason === 'command' || readAgain;
			}
		},
		stop() {
			stopped = true;
			timer?.cancel();
			timer = undefined;
			inFlight?.abort(new Error('the player watcher stopped'));
			listeners.clear();
		},
	};
}
