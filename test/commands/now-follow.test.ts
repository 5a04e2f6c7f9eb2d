import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {CommandIo} from '../../source/commands/command-io.js';
import {followPlayer} from '../../source/commands/follow-player.js';
import {parseNowTemplate} from '../../source/commands/output/now-template.js';
import {pollingSettings} from '../../source/player/polling-policy.js';
import {pocketPhoneId} from '../../source/sandbox/player/devices.js';
import {SpotifyApiError} from '../../source/spotify/spotify-errors.js';
import {ManualClock} from '../helpers/manual-clock.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const settings = pollingSettings();

type Follow = {
	stdout(): string[];
	stderr(): string[];
	/** Moves time on to the next read, and past it. */
	nextRead(): Promise<void>;
	advance(ms: number): Promise<void>;
	stop(): Promise<void>;
	done: Promise<void>;
};

/** `now --follow` in this process, on the sandbox, its reads on a clock moved by hand. */
async function follow(options: {json?: boolean; format?: string} = {}): Promise<Follow> {
	const {client} = await loggedInClient(sandbox());
	const clock = new ManualClock({onAdvance: (ms) => sandbox().clock.advance(ms)});
	const output = {stdout: '', stderr: ''};
	const io: CommandIo = {
		stdout: (text) => {
			output.stdout += text;
		},
		stderr: (text) => {
			output.stderr += text;
		},
		stdin: new PassThrough(),
		env: {},
		cwd: '/',
		homedir: '/',
		platform: 'linux',
		now: () => clock.now(),
	};
	const stop = new AbortController();
	const done = followPlayer(
		client.player,
		{
			json: options.json === true,
			template: options.format === undefined ? undefined : parseNowTemplate(options.format),
			settings,
			stop: stop.signal,
			clock,
		},
		io,
	);
	const lines = (text: string) => text.split('\n').slice(0, -1);
	await clock.advance(0);
	return {
		stdout: () => lines(output.stdout),
		stderr: () => lines(output.stderr),
		nextRead: async () => clock.advance((clock.nextAt ?? clock.now()) - clock.now()),
		advance: async (ms) => clock.advance(ms),
		async stop() {
			stop.abort();
			await done;
		},
		done,
	};
}

function playSomething() {
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
	if (album === undefined) {
		throw new Error('no album');
	}

	sandbox().player.play({contextUri: `spotify:album:${album.id}`});
	return album.trackIds.map((id) => sandbox().catalog.track(id)?.name ?? '');
}

describe('now --follow', () => {
	test('a line at the start and one for each change of track, play state, device, volume, shuffle or repeat; none for progress', async () => {
		const [first, second] = playSomething();
		const watching = await follow();
		expect(watching.stdout()).toEqual([
			expect.stringMatching(
				new RegExp(`^▶ ${first} · .+ · on Studio Desktop · volume 62% · shuffle off · repeat off$`),
			),
		]);

		await watching.nextRead();
		await watching.nextRead();
		expect(watching.stdout()).toHaveLength(1);

		const changes: Array<[() => void, RegExp]> = [
			[() => sandbox().player.pause(), /^⏸ /],
			[() => sandbox().player.setVolume(30), /volume 30%/],
			[() => sandbox().player.setShuffle(true), /shuffle on/],
			[() => sandbox().player.setRepeat('context'), /repeat context$/],
			[() => sandbox().player.transfer(pocketPhoneId, true), /^▶ .+ on Pocket Phone · volume 100%/],
			[() => sandbox().player.next(), new RegExp(`^▶ (?!${first} ·)`)],
		];
		for (const [change, shows] of changes) {
			change();
			await watching.nextRead();
			expect(watching.stdout().at(-1)).toMatch(shows);
		}

		expect(watching.stdout()).toHaveLength(1 + changes.length);
		expect(second).not.toBe('');
		expect(watching.stderr()).toEqual([]);
		await watching.stop();
	});

	test('--json: one object per line in the documented Player shape, only on a change', async () => {
		playSomething();
		const watching = await follow({json: true});
		await watching.nextRead();
		sandbox().player.pause();
		await watching.nextRead();
		await watching.nextRead();
		const objects = watching.stdout().map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(objects).toEqual([
			expect.objectContaining({isPlaying: true, shuffle: false, repeat: 'off'}),
			expect.objectContaining({isPlaying: false}),
		]);
		expect(Object.keys(objects[0] ?? {})).toEqual([
			'known',
			'device',
			'isPlaying',
			'itemKind',
			'item',
			'progressMs',
			'shuffle',
			'repeat',
			'context',
		]);
		await watching.stop();
	});

	test('--format: the template for each change', async () => {
		const [first] = playSomething();
		const watching = await follow({format: '{symbol} {title} ({state}, {volume}%)'});
		sandbox().player.pause();
		await watching.nextRead();
		expect(watching.stdout()).toEqual([`▶ ${first} (playing, 62%)`, `⏸ ${first} (paused, 62%)`]);
		await watching.stop();
	});

	test('with nothing active, --format prints an empty line, the default a sentence', async () => {
		const plain = await follow();
		expect(plain.stdout()).toEqual(['Nothing is playing.']);
		await plain.stop();
		const formatted = await follow({format: '{artist} – {title}'});
		expect(formatted.stdout()).toEqual(['']);
		await formatted.stop();
	});

	test('through a lost connection: one line when it goes, one when it is back, and following goes on', async () => {
		playSomething();
		const watching = await follow();
		const outage = sandbox().faults.inject({
			path: '/v1/me/player',
			fault: {kind: 'drop-connection'},
			times: Number.POSITIVE_INFINITY,
		});
		for (let read = 0; read < 4; read += 1) {
			await watching.nextRead();
		}

		expect(outage.hits).toBeGreaterThanOrEqual(4);
		expect(watching.stderr()).toEqual([
			expect.stringMatching(
				/^musicterminal: could not reach the Spotify Web API .*connection reset.* Still following: trying again every 20 s\.$/,
			),
		]);
		outage.remove();
		sandbox().player.pause();
		await watching.nextRead();
		expect(watching.stderr()).toHaveLength(2);
		expect(watching.stderr()[1]).toBe('musicterminal: Spotify answers again; following on.');
		expect(watching.stdout().at(-1)).toMatch(/^⏸ /);
		await watching.stop();
	});

	test('a 429 is told once, waited out, and following goes on', async () => {
		playSomething();
		const watching = await follow();
		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'rate-limit', retryAfterSeconds: 90}});
		await watching.nextRead();
		expect(watching.stderr()).toEqual([
			'musicterminal: Spotify is limiting how often this app may call it: try again in 90 s. Following waits as long, then goes on.',
		]);
		const before = sandbox().traffic.count('GET', '/v1/me/player');
		await watching.advance(89_000);
		expect(sandbox().traffic.count('GET', '/v1/me/player')).toBe(before);
		await watching.advance(1000);
		expect(watching.stderr().at(-1)).toBe('musicterminal: Spotify answers again; following on.');
		await watching.stop();
	});

	test('a login Spotify no longer accepts ends it, saying to log in', async () => {
		playSomething();
		const watching = await follow();
		sandbox().clock.advance(200 * 24 * 60 * 60 * 1000);
		await watching.nextRead();
		await expect(watching.done).rejects.toThrow(
			'your Spotify session has expired: run `musicterminal login`.',
		);
	});

	test('a refusal no waiting mends ends it with that error', async () => {
		playSomething();
		const watching = await follow();
		sandbox().controls.userAllowListed = false;
		await watching.nextRead();
		await expect(watching.done).rejects.toBeInstanceOf(SpotifyApiError);
		await expect(watching.done).rejects.toThrow(/not on this app's user list/);
	});
});
