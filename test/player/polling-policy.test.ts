import {describe, expect, test} from 'vitest';
import {
	afterAnswer,
	afterFailure,
	initialPollingState,
	nextPollDelay,
	type PollingState,
	pokeDelay,
	pollingSettings,
} from '../../source/player/polling-policy.js';
import type {PlaybackState} from '../../source/spotify/schemas.js';

const settings = pollingSettings();
const minute = 60_000;

/** A player whose tracks last `durationsMs`, one after another, playing from time 0 unless paused. */
function player(durationsMs: readonly number[], {paused = false} = {}) {
	return (at: number): PlaybackState | undefined => {
		let start = 0;
		for (const [index, duration] of durationsMs.entries()) {
			if (at < start + duration) {
				return playback({id: index, durationMs: duration, progressMs: at - start, playing: !paused});
			}

			start += duration;
		}

		return undefined;
	};
}

function playback({
	id,
	durationMs,
	progressMs,
	playing,
}: {
	id: number;
	durationMs: number;
	progressMs: number;
	playing: boolean;
}): PlaybackState {
	const artist = {id: 'artist', name: 'Artist', uri: 'spotify:artist:artist'};
	return {
		device: {
			id: 'device',
			name: 'Desk',
			type: 'Computer',
			is_active: true,
			is_restricted: false,
			volume_percent: 50,
			supports_volume: true,
		},
		repeat_state: 'off',
		shuffle_state: false,
		context: null,
		currently_playing_type: 'track',
		progress_ms: progressMs,
		is_playing: playing,
		item: {
			type: 'track',
			id: `track${id}`,
			name: `Track ${id}`,
			uri: `spotify:track:track${id}`,
			duration_ms: durationMs,
			track_number: id + 1,
			disc_number: 1,
			explicit: false,
			is_local: false,
			artists: [artist],
			album: {
				id: 'album',
				name: 'Album',
				uri: 'spotify:album:album',
				album_type: 'album',
				album_group: null,
				release_date: '2020',
				total_tracks: durationsCount,
				artists: [artist],
			},
		},
	};
}

const durationsCount = 10;

/** The times the policy reads the player over `untilMs`, each answer coming at once. */
function readTimes(
	read: (at: number) => PlaybackState | undefined,
	untilMs: number,
	pollSettings = settings,
) {
	const times: number[] = [];
	let state: PollingState = initialPollingState;
	for (let now = 0; now < untilMs; now += nextPollDelay(state, now, pollSettings)) {
		times.push(now);
		state = afterAnswer({...state, lastPollAt: now}, read(now), now);
	}

	return times;
}

function gaps(times: readonly number[]): number[] {
	return times.slice(1).map((time, index) => time - (times[index] ?? 0));
}

/** The most reads in any minute. */
function busiestMinute(times: readonly number[]): number {
	return Math.max(
		...times.map((start) => times.filter((time) => time >= start && time < start + minute).length),
	);
}

describe('the regular schedule', () => {
	test('while a long track plays: a read every 5 s or a few ms more, 12 a minute', () => {
		const times = readTimes(player([10 * minute]), minute);
		expect(times).toHaveLength(12);
		expect(gaps(times).every((gap) => gap >= 5000 && gap < 5050)).toBe(true);
	});

	test('while tracks end: a read just after each end, still never more than 12 in any minute', () => {
		const durations = [61_300, 47_900, 183_250, 12_400, 95_000, 240_100, 5200, 131_000];
		const ends = durations.map((_, index) => durations.slice(0, index + 1).reduce((sum, ms) => sum + ms, 0));
		const times = readTimes(player(durations), ends.at(-1) ?? 0);
		for (const end of ends.slice(0, -1)) {
			expect(times.some((time) => time > end && time <= end + settings.trackEndGraceMs + 1)).toBe(true);
		}

		expect(busiestMinute(times)).toBeLessThanOrEqual(12);
		// Reads stretch at most to land on an end; only a track shorter than a read's gap brings them closer.
		expect(Math.max(...gaps(times))).toBeLessThan(2 * settings.playingIntervalMs);
	});

	test('paused, or with nothing active: a read every 20 s, 3 a minute', () => {
		expect(readTimes(player([10 * minute], {paused: true}), minute)).toEqual([0, 20_000, 40_000]);
		expect(readTimes(() => undefined, minute)).toEqual([0, 20_000, 40_000]);
	});

	test('poll_interval sets the pace: 2 s gives 30 a minute playing and 8 s paused', () => {
		const fast = pollingSettings(2);
		expect(readTimes(player([10 * minute]), minute, fast)).toHaveLength(30);
		expect(readTimes(player([10 * minute], {paused: true}), minute, fast)).toHaveLength(8);
	});

	test('a track end Spotify has not moved past yet is no reason to read again at once', () => {
		const atEnd = afterAnswer(
			{...initialPollingState, lastPollAt: 10_000},
			playback({id: 0, durationMs: 200_000, progressMs: 200_000, playing: true}),
			10_000,
		);
		expect(nextPollDelay(atEnd, 10_000, settings)).toBe(settings.playingIntervalMs);
	});
});

describe('reads out of turn', () => {
	const lastReadAt = 100_000;
	const playing = afterAnswer(
		{...initialPollingState, lastPollAt: lastReadAt},
		playback({id: 0, durationMs: 300_000, progressMs: 1000, playing: true}),
		lastReadAt,
	);

	test('after our own command: at once, even right after a read', () => {
		expect(pokeDelay('command', playing, lastReadAt + 100, settings)).toBe(0);
	});

	test('on focus: at once, unless the last read is fresh', () => {
		expect(pokeDelay('focus', playing, lastReadAt + 500, settings)).toBeUndefined();
		expect(pokeDelay('focus', playing, lastReadAt + 4000, settings)).toBe(0);
	});

	test('on a key: at once only after a quiet spell of 30 s without keys', () => {
		const typing = {...playing, lastActivityAt: lastReadAt - 10_000};
		expect(pokeDelay('activity', typing, lastReadAt + 4000, settings)).toBeUndefined();
		const back = {...playing, lastActivityAt: lastReadAt - 40_000};
		expect(pokeDelay('activity', back, lastReadAt + 4000, settings)).toBe(0);
	});
});

describe('failures', () => {
	test('a 429 stops every read, regular or asked for, until its Retry-After has passed', () => {
		const limited = afterFailure(
			{...initialPollingState, lastPollAt: 0, playing: true},
			0,
			{rateLimited: true, retryAfterMs: 45_000},
			settings,
		);
		expect(nextPollDelay(limited, 0, settings)).toBe(45_000);
		expect(pokeDelay('command', limited, 10_000, settings)).toBe(35_000);
		expect(pokeDelay('focus', limited, 10_000, settings)).toBe(35_000);
	});

	test('a 429 without Retry-After waits a minute', () => {
		const limited = afterFailure(
			initialPollingState,
			0,
			{rateLimited: true, retryAfterMs: undefined},
			settings,
		);
		expect(limited.rateLimitedUntil).toBe(60_000);
	});

	test('without a connection: a read every 20 s, even while playing, until one succeeds', () => {
		const failing = afterFailure(
			{...initialPollingState, lastPollAt: 0, playing: true},
			0,
			{rateLimited: false, retryAfterMs: undefined},
			settings,
		);
		expect(nextPollDelay(failing, 0, settings)).toBe(20_000);
		const recovered = afterAnswer(
			{...failing, lastPollAt: 20_000},
			playback({id: 0, durationMs: 300_000, progressMs: 0, playing: true}),
			20_000,
		);
		expect(nextPollDelay(recovered, 20_000, settings)).toBeCloseTo(5000, -2);
	});
});
