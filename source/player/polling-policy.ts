import type {PlaybackState} from '../spotify/schemas.js';

// How often to read the player. Development Mode apps share one rolling quota per app, and the
// progress bar moves on by itself between reads, so a read is worth making only when something
// may have changed: regularly but not often, at the track's expected end, after our own commands,
// and when the user comes back. Pure: state and time in, the next delay out.

export type PollingSettings = {
	/** Between reads while something plays (12 a minute at the default 5 s). */
	readonly playingIntervalMs: number;
	/** Between reads while paused, with nothing active, or while Spotify cannot be reached (3 a minute). */
	readonly idleIntervalMs: number;
	/** How long after a track's expected end to read, so the next track has started. */
	readonly trackEndGraceMs: number;
	/** A key after this long without one counts as the user coming back. */
	readonly quietSpellMs: number;
	/** A read this fresh makes focus and a key not worth another. */
	readonly freshForMs: number;
	/** When a 429 says nothing of how long to wait. */
	readonly defaultRetryAfterMs: number;
};

export const defaultPollIntervalSeconds = 5;
/** Paused or idle, the player is read this many times less often than while playing. */
const idleSlowdown = 4;

/** The settings for `poll_interval` seconds while playing (the config's key; 5 when unset). */
export function pollingSettings(intervalSeconds: number = defaultPollIntervalSeconds): PollingSettings {
	const playingIntervalMs = Math.round(intervalSeconds * 1000);
	return {
		playingIntervalMs,
		idleIntervalMs: playingIntervalMs * idleSlowdown,
		trackEndGraceMs: 1000,
		quietSpellMs: 30_000,
		freshForMs: 2000,
		defaultRetryAfterMs: 60_000,
	};
}

/** What the policy knows of the player and of the reads so far. */
export type PollingState = {
	/** When the last read was sent; undefined before the first. */
	readonly lastPollAt: number | undefined;
	/** Whether the last answer said something plays. */
	readonly playing: boolean;
	/** When what plays is expected to end, from the last answer; undefined when nothing plays. */
	readonly trackEndsAt: number | undefined;
	/** Until when Spotify asked us to wait (a 429), in this process or another. */
	readonly rateLimitedUntil: number | undefined;
	/** The last read failed (no connection, a server error): read as when idle until one succeeds. */
	readonly failing: boolean;
	/** When the user last pressed a key (or undefined). */
	readonly lastActivityAt: number | undefined;
};

export const initialPollingState: PollingState = {
	lastPollAt: undefined,
	playing: false,
	trackEndsAt: undefined,
	rateLimitedUntil: undefined,
	failing: false,
	lastActivityAt: undefined,
};

/** Why a read is asked for out of turn. */
export type Poke = 'command' | 'focus' | 'activity';

/**
 * Milliseconds from `now` to the next regular read. While playing, reads are `playingIntervalMs`
 * apart, stretched a little so that one lands just after the track's expected end instead of
 * adding one there; so playing costs at most 60 s ÷ the interval reads a minute.
 */
export function nextPollDelay(state: PollingState, now: number, settings: PollingSettings): number {
	return Math.max(0, notBeforeRateLimit(regularPollAt(state, now, settings), state) - now);
}

/**
 * Milliseconds from `now` to a read asked for out of turn, or undefined when none is needed: after
 * our own command always; on focus, or a key after a quiet spell, unless the last read is fresh.
 * Never before a 429's wait is over.
 */
export function pokeDelay(
	poke: Poke,
	state: PollingState,
	now: number,
	settings: PollingSettings,
): number | undefined {
	if (poke === 'activity') {
		const quiet = state.lastActivityAt === undefined || now - state.lastActivityAt >= settings.quietSpellMs;
		if (!quiet) {
			return undefined;
		}
	}

	if (poke !== 'command' && state.lastPollAt !== undefined && now - state.lastPollAt < settings.freshForMs) {
		return undefined;
	}

	return Math.max(0, notBeforeRateLimit(now, state) - now);
}

/** The state after an answer read at `readAt`. */
export function afterAnswer(
	state: PollingState,
	playback: PlaybackState | undefined,
	readAt: number,
): PollingState {
	return {
		...state,
		playing: playback?.is_playing === true,
		trackEndsAt: expectedEnd(playback, readAt),
		rateLimitedUntil: undefined,
		failing: false,
	};
}

/** The state after a failed read; `retryAfterMs` when it was a 429. */
export function afterFailure(
	state: PollingState,
	failedAt: number,
	{rateLimited, retryAfterMs}: {rateLimited: boolean; retryAfterMs: number | undefined},
	settings: PollingSettings,
): PollingState {
	return {
		...state,
		failing: true,
		rateLimitedUntil: rateLimited
			? Math.max(state.rateLimitedUntil ?? 0, failedAt + (retryAfterMs ?? settings.defaultRetryAfterMs))
			: state.rateLimitedUntil,
	};
}

function regularPollAt(state: PollingState, now: number, settings: PollingSettings): number {
	const {lastPollAt} = state;
	if (lastPollAt === undefined) {
		return now;
	}

	if (state.failing || !state.playing) {
		return lastPollAt + settings.idleIntervalMs;
	}

	const interval = settings.playingIntervalMs;
	const endRead = state.trackEndsAt === undefined ? undefined : state.trackEndsAt + settings.trackEndGraceMs;
	if (endRead === undefined || endRead <= lastPollAt) {
		return lastPollAt + interval;
	}

	const span = endRead - lastPollAt;
	// Reads `span ÷ steps` apart, each at least `interval`, the last of them at the end.
	const steps = Math.max(1, Math.floor(span / interval));
	return lastPollAt + Math.round(span / steps);
}

function notBeforeRateLimit(at: number, state: PollingState): number {
	return Math.max(at, state.rateLimitedUntil ?? at);
}

function expectedEnd(playback: PlaybackState | undefined, readAt: number): number | undefined {
	if (playback?.is_playing !== true || playback.item === null) {
		return undefined;
	}

	const remainingMs = playback.item.duration_ms - (playback.progress_ms ?? 0);
	// At its end already: Spotify has not moved on yet, which is no reason to hurry.
	return remainingMs > 0 ? readAt + remainingMs : undefined;
}
