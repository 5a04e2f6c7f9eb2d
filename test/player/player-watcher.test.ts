import {describe, expect, test} from 'vitest';
import {type PlayerSnapshot, watchPlayer} from '../../source/player/player-watcher.js';
import {pollingSettings} from '../../source/player/polling-policy.js';
import type {PlaybackState} from '../../source/spotify/schemas.js';
import {ManualClock} from '../helpers/manual-clock.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const settings = pollingSettings();
const minute = 60_000;

/** The sandbox's player read by a watcher on a clock that moves with the sandbox's. */
async function watching(options: {sharedRateLimit?: () => number | undefined} = {}) {
	const {client} = await loggedInClient(sandbox());
	const clock = new ManualClock({onAdvance: (ms) => sandbox().clock.advance(ms)});
	const snapshots: PlayerSnapshot[] = [];
	const watcher = watchPlayer({
		read: async ({signal}) => client.player.state({signal}),
		settings,
		clock,
		...options,
	});
	watcher.subscribe((snapshot) => snapshots.push(snapshot));
	const reads = () => sandbox().traffic.count('GET', '/v1/me/player');
	return {watcher, clock, snapshots, reads, latest: () => snapshots.at(-1)};
}

/** Plays an album of at least `trackCount` tracks, the first four of them under 12 minutes together. */
function playAlbum(trackCount: number) {
	const {catalog} = sandbox();
	const durations = (ids: readonly string[]) => ids.map((id) => catalog.track(id)?.durationMs ?? 0);
	const album = catalog.albums.find(
		(candidate) =>
			candidate.trackIds.length >= trackCount &&
			durations(candidate.trackIds.slice(0, 4)).reduce((sum, ms) => sum + ms, 0) < 12 * minute,
	);
	if (album === undefined) {
		throw new Error('no such album');
	}

	sandbox().player.play({contextUri: `spotify:album:${album.id}`});
	return album.trackIds.map((id) => ({id, durationMs: catalog.track(id)?.durationMs ?? 0}));
}

const trackId = (state: PlaybackState | undefined) => state?.item?.id ?? undefined;

describe('the watcher on the sandbox, on a clock moved by hand', () => {
	test('an album playing for 15 minutes: at most 12 reads a minute, and each new track seen within 1.5 s of its start', async () => {
		const tracks = playAlbum(8);
		const {clock, snapshots, reads, watcher} = await watching();
		const seenAt = new Map<string, number>();
		watcher.subscribe((snapshot) => {
			const id = trackId(snapshot.state);
			if (id !== undefined && !seenAt.has(id)) {
				seenAt.set(id, clock.now());
			}
		});
		const started = clock.now();
		const minutes = 15;
		for (let passed = 1; passed <= minutes; passed += 1) {
			const before = reads();
			await clock.advance(minute);
			expect(reads() - before).toBeLessThanOrEqual(12);
		}

		expect(reads()).toBeGreaterThanOrEqual(minutes * 11);
		let startsAt = started;
		for (const [index, track] of tracks.entries()) {
			startsAt += index === 0 ? 0 : (tracks[index - 1]?.durationMs ?? 0);
			if (startsAt + 1500 > started + minutes * minute) {
				break;
			}

			expect((seenAt.get(track.id) ?? Number.POSITIVE_INFINITY) - startsAt).toBeLessThanOrEqual(1500);
		}

		expect(seenAt.size).toBeGreaterThanOrEqual(4);
		expect(snapshots.every((snapshot) => snapshot.error === undefined)).toBe(true);
		watcher.stop();
	});

	test('paused: 3 reads a minute', async () => {
		playAlbum(1);
		sandbox().player.pause();
		const {clock, reads, watcher} = await watching();
		await clock.advance(0);
		const before = reads();
		await clock.advance(10 * minute);
		expect(reads() - before).toBe(30);
		watcher.stop();
	});

	test('after our own command, a read at once shows it', async () => {
		playAlbum(1);
		const {clock, reads, latest, watcher} = await watching();
		await clock.advance(0);
		expect(latest()?.state?.device.volume_percent).toBe(62);
		sandbox().player.setVolume(20);
		const before = reads();
		watcher.poke('command');
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		expect(latest()?.state?.device.volume_percent).toBe(20);
		watcher.stop();
	});

	test('a key after a quiet spell reads at once; keys while typing do not', async () => {
		playAlbum(1);
		sandbox().player.pause();
		const {clock, reads, watcher} = await watching();
		await clock.advance(10_000);
		const before = reads();
		watcher.poke('activity');
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		await clock.advance(3000);
		watcher.poke('activity');
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		watcher.stop();
	});

	test('a command while a read is in flight brings one more read right after it', async () => {
		playAlbum(1);
		const {client} = await loggedInClient(sandbox());
		const clock = new ManualClock();
		let release: () => void = () => undefined;
		let reads = 0;
		const watcher = watchPlayer({
			read: async ({signal}) => {
				reads += 1;
				if (reads === 1) {
					await new Promise<void>((resolve) => {
						release = resolve;
					});
				}

				return client.player.state({signal});
			},
			settings,
			clock,
		});
		const first = clock.advance(0);
		watcher.poke('command');
		release();
		await first;
		expect(reads).toBe(2);
		watcher.stop();
	});

	test('a 429 stops every read until its Retry-After has passed, asked for or not', async () => {
		playAlbum(1);
		const {clock, reads, latest, watcher} = await watching();
		await clock.advance(0);
		sandbox().faults.inject({
			path: '/v1/me/player',
			fault: {kind: 'rate-limit', retryAfterSeconds: 45},
		});
		await clock.advance((clock.nextAt ?? 0) - clock.now());
		const waitUntil = latest()?.waitUntil ?? 0;
		expect(waitUntil - clock.now()).toBe(45_000);
		const during = reads();
		watcher.poke('command');
		watcher.poke('focus');
		await clock.advance(44_000);
		expect(reads()).toBe(during);
		await clock.advance(1000);
		expect(reads()).toBe(during + 1);
		expect(latest()?.error).toBeUndefined();
		watcher.stop();
	});

	test('a 429 another process met (the shared record) holds reads back too', async () => {
		playAlbum(1);
		let until: number | undefined;
		const {clock, reads, watcher} = await watching({sharedRateLimit: () => until});
		await clock.advance(0);
		until = clock.now() + 30_000;
		const before = reads();
		await clock.advance(29_000);
		expect(reads()).toBe(before);
		await clock.advance(1000);
		expect(reads()).toBe(before + 1);
		watcher.stop();
	});

	test('stop: no read after it', async () => {
		playAlbum(1);
		const {clock, reads, watcher} = await watching();
		await clock.advance(0);
		watcher.stop();
		const before = reads();
		watcher.poke('command');
		await clock.advance(minute);
		expect(reads()).toBe(before);
	});
});
