import {describe, expect, test} from 'vitest';
import {runQueueCommand} from '../../source/commands/queue.js';
import {runRepeatCommand} from '../../source/commands/repeat.js';
import {runSeekCommand} from '../../source/commands/seek.js';
import {runShuffleCommand} from '../../source/commands/shuffle.js';
import {UsageError} from '../../source/errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = (more: {json?: boolean} = {}) => ({config: session().configPath, ...more});

/** An album with a long first track, playing from its start. */
function playLongTrack() {
	const album = sandbox().catalog.albums.find(
		(candidate) =>
			candidate.trackIds.length >= 4 &&
			(sandbox().catalog.track(candidate.trackIds[0] ?? '')?.durationMs ?? 0) > 150_000,
	);
	if (album === undefined) {
		throw new Error('no album with a long first track');
	}

	sandbox().player.play({contextUri: `spotify:album:${album.id}`});
	return album;
}

const progress = () => sandbox().player.snapshot()?.progressMs ?? 0;

describe('seek', () => {
	test('to a position, then ten seconds on and back', async () => {
		playLongTrack();
		await runSeekCommand('1:30', options(), session().io);
		expect(progress()).toBeGreaterThanOrEqual(90_000);
		expect(progress()).toBeLessThan(92_000);
		expect(session().stdout()).toMatch(/^▶ .*\n {2}1:3\d \/ \d+:\d\d on Studio Desktop/);
		await runSeekCommand('+10', options(), session().io);
		expect(progress()).toBeGreaterThanOrEqual(100_000);
		await runSeekCommand('-10', options({json: true}), session().io);
		expect(progress()).toBeLessThan(100_000);
		const last = session().stdout().slice(session().stdout().lastIndexOf('{\n  "known"'));
		expect(JSON.parse(last)).toMatchObject({known: true, isPlaying: true, progressMs: expect.any(Number)});
	});

	test('back past the start starts the track again', async () => {
		playLongTrack();
		await runSeekCommand('-30', options(), session().io);
		expect(progress()).toBeLessThan(2000);
	});

	test('a position past the end, a word, or nothing playing: each says so', async () => {
		await expect(runSeekCommand('1:00', options(), session().io)).rejects.toThrow(/^nothing is playing/);
		playLongTrack();
		await expect(runSeekCommand('99:00', options(), session().io)).rejects.toThrow(
			/ long: give a position within it, or run `musicterminal next` for what comes next\.$/,
		);
		const before = sandbox().player.snapshot();
		await expect(runSeekCommand('+9999', options(), session().io)).rejects.toThrow(
			/ long and plays at \d+:\d\d: give a step within it, or run `musicterminal next` for what comes next\.$/,
		);
		expect(sandbox().player.snapshot()?.trackId).toBe(before?.trackId);
		expect(sandbox().traffic.count('PUT', '/v1/me/player/seek')).toBe(0);
		await expect(runSeekCommand('soon', options(), session().io)).rejects.toThrow(UsageError);
		await expect(runSeekCommand('1:75', options(), session().io)).rejects.toThrow(/1:75/);
	});
});

describe('shuffle and repeat', () => {
	test('shuffle on, off, and the other way without a word', async () => {
		playLongTrack();
		await runShuffleCommand('on', options(), session().io);
		expect(sandbox().player.snapshot()?.shuffle).toBe(true);
		expect(session().stdout()).toContain('shuffle on');
		await runShuffleCommand(undefined, options(), session().io);
		expect(sandbox().player.snapshot()?.shuffle).toBe(false);
		await runShuffleCommand('off', options({json: true}), session().io);
		expect(sandbox().player.snapshot()?.shuffle).toBe(false);
	});

	test('repeat by name, and without one: off, context, track, off', async () => {
		playLongTrack();
		await runRepeatCommand('track', options(), session().io);
		expect(sandbox().player.snapshot()?.repeat).toBe('track');
		await runRepeatCommand(undefined, options(), session().io);
		expect(sandbox().player.snapshot()?.repeat).toBe('off');
		await runRepeatCommand(undefined, options(), session().io);
		expect(sandbox().player.snapshot()?.repeat).toBe('context');
		expect(session().stdout()).toContain('repeat context');
	});
});

describe('queue', () => {
	test('add a track: it plays next, and the queue shows it after what plays now', async () => {
		const album = playLongTrack();
		const extra = sandbox().catalog.tracks.at(-5);
		await runQueueCommand(['add', `spotify:track:${extra?.id}`], options(), session().io);
		expect(session().stdout()).toBe(`Added spotify:track:${extra?.id} to the queue.\n`);
		await runQueueCommand([], options(), {...session().io, columns: 100});
		const lines = session().stdout().split('\n').slice(1);
		expect(lines[0]).toMatch(/^ +# +TITLE +BY +ALBUM +LENGTH +URI$/);
		expect(lines[1]).toMatch(new RegExp(`^ *now .*spotify:track:${album.trackIds[0]}$`));
		expect(lines[2]).toMatch(new RegExp(`^ +1 .*spotify:track:${extra?.id}$`));
		expect(lines[3]).toMatch(new RegExp(`^ +2 .*spotify:track:${album.trackIds[1]}$`));
	});

	test('add an album: its tracks, in order; --json says what was queued', async () => {
		playLongTrack();
		const other = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length === 5);
		await runQueueCommand(['add', `spotify:album:${other?.id}`], options({json: true}), session().io);
		expect(JSON.parse(session().stdout())).toEqual({
			queued: other?.trackIds.map((id) => `spotify:track:${id}`),
			total: 5,
		});
		expect(sandbox().player.queue().upNext.slice(0, 5)).toEqual(other?.trackIds);
	});

	test('--json lists what plays and what comes next in the Player item shape', async () => {
		playLongTrack();
		await runQueueCommand([], options({json: true}), session().io);
		const output = JSON.parse(session().stdout()) as {currentlyPlaying: {type: string}; queue: unknown[]};
		expect(output.currentlyPlaying).toMatchObject({type: 'track', local: false});
		expect(output.queue.length).toBeGreaterThan(0);
	});

	test('an artist cannot be queued; nothing playing lists nothing', async () => {
		await runQueueCommand([], options(), session().io);
		expect(session().stdout()).toBe('Nothing is playing, and nothing is queued.\n');
		await expect(
			runQueueCommand(
				['add', `spotify:artist:${sandbox().catalog.highlights.prolificArtistId}`],
				options(),
				session().io,
			),
		).rejects.toThrow(/is an artist\.$/);
		await expect(runQueueCommand(['add'], options(), session().io)).rejects.toThrow(UsageError);
	});
});
