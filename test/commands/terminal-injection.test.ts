import {writeFile} from 'node:fs/promises';
import {describe, expect, test} from 'vitest';
import {readCallback} from '../../source/auth/callback-result.js';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import {runDevicesCommand} from '../../source/commands/devices.js';
import {runLibraryCommand} from '../../source/commands/library.js';
import {runLikeCommand} from '../../source/commands/like.js';
import {runNewReleasesCommand} from '../../source/commands/new-releases.js';
import {runNowCommand} from '../../source/commands/now.js';
import {runPlayCommand} from '../../source/commands/play.js';
import {runQueueCommand} from '../../source/commands/queue.js';
import {runSearchCommand} from '../../source/commands/search.js';
import {runSeekCommand} from '../../source/commands/seek.js';
import {runTracksCommand} from '../../source/commands/tracks.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {runVolumeCommand} from '../../source/commands/volume.js';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {failure} from '../helpers/failure.js';
import {firstUnsafe, hostile, hostileErrorBody, withHostileSandbox} from '../helpers/hostile-text.js';

const sandbox = withHostileSandbox();
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});
const everyGroup = ['album', 'single', 'compilation', 'appears_on'] as const;

/** Everything the commands printed, both streams. */
const printed = () => session().stdout() + session().stderr();

function prolificArtist() {
	const artist = sandbox().catalog.artist(sandbox().catalog.highlights.prolificArtistId);
	if (artist === undefined) {
		throw new Error('no prolific artist');
	}

	return artist;
}

function firstAlbum() {
	const [entry] = sandbox().catalog.artistAlbums(prolificArtist().id, everyGroup);
	if (entry === undefined) {
		throw new Error('no album');
	}

	return entry.album;
}

describe('names from Spotify carrying escape sequences, controls and bidi overrides', () => {
	test('search tables and headings print them as harmless text', async () => {
		await runSearchCommand(
			'endless',
			{...options(), type: ['artist', 'album', 'track'], limit: 5},
			session().io,
		);
		expect(session().stdout()).toContain('The Endless Archive Orchestra');
		// Backspaces show as symbols rather than erasing what came before.
		expect(session().stdout()).toContain('␈␈␈');
		expect(firstUnsafe(printed())).toBeUndefined();
	});

	test('albums: the best match on stderr, the heading and the table', async () => {
		await runAlbumsCommand('endless archive', {...options(), groups: [...everyGroup]}, session().io);
		expect(session().stderr()).toMatch(
			/^musicterminal: taking the best match, The Endless Archive Orchestra/,
		);
		expect(session().stdout()).toMatch(/^The Endless Archive Orchestra.*: \d+ albums\n/);
		expect(firstUnsafe(printed())).toBeUndefined();
	});

	test('tracks: the best match, the album heading and the table', async () => {
		await runTracksCommand(firstAlbum().name.replace(hostile, ''), options(), session().io);
		expect(session().stderr()).toContain('taking the best match');
		expect(session().stdout().split('\n').length).toBeGreaterThan(3);
		expect(firstUnsafe(printed())).toBeUndefined();
	});

	test('devices, play, pause, next, volume and now', async () => {
		await runDevicesCommand(options(), session().io);
		await runPlayCommand(`spotify:album:${firstAlbum().id}`, options(), session().io);
		await runTransportCommand('next', options(), session().io);
		await runTransportCommand('pause', options(), session().io);
		await runVolumeCommand('40', options(), session().io);
		await runNowCommand(options(), session().io);
		expect(session().stdout()).toContain('Volume 40% on Studio Desktop');
		expect(session().stdout()).toMatch(/⏸ .+ · The Endless Archive Orchestra/);
		expect(firstUnsafe(printed())).toBeUndefined();
	});

	test('the library, the queue, new releases, like and seek print them as harmless text', async () => {
		await runLibraryCommand('tracks', options(), {...session().io, columns: 100});
		await runLibraryCommand('albums', options(), session().io);
		await runLibraryCommand('artists', options(), session().io);
		await runNewReleasesCommand(options(), {...session().io, columns: 100});
		await runPlayCommand(`spotify:album:${firstAlbum().id}`, options(), session().io);
		await runQueueCommand([], options(), {...session().io, columns: 100});
		await runLikeCommand('like', undefined, options(), session().io);
		await runSeekCommand('+10', options(), session().io);
		expect(session().stdout()).toContain('The Endless Archive Orchestra');
		expect(session().stdout()).toMatch(/^Saved ".+" \(spotify:track:\w+\) to your library\.$/m);
		expect(firstUnsafe(printed())).toBeUndefined();
	});

	test('--json keeps them exact, escaped', async () => {
		await runSearchCommand('endless', {...options(), type: ['artist'], limit: 1, json: true}, session().io);
		expect(firstUnsafe(session().stdout())).toBeUndefined();
		const {artists} = JSON.parse(session().stdout()) as {artists: {items: Array<{name: string}>}};
		expect(artists.items[0]?.name).toBe(prolificArtist().name);
		expect(artists.items[0]?.name.endsWith(hostile)).toBe(true);
	});
});

describe('outside text echoed in our sentences', () => {
	test('a query is echoed cleaned and cut to about 200 characters', async () => {
		const query = `zzqq${hostile}${'x'.repeat(10_000)}`;
		await runSearchCommand(query, {...options(), type: ['album'], limit: 1}, session().io);
		expect(firstUnsafe(session().stdout())).toBeUndefined();
		expect(session().stdout().length).toBeLessThan(300);
	});

	test.each([
		[
			'words that match nothing',
			() => runAlbumsCommand(`qqzz${hostile}`, {...options(), groups: ['album']}, session().io),
		],
		['a malformed link', () => runTracksCommand(`spotify:album:${hostile}`, options(), session().io)],
		[
			'a device that is not there',
			() => runPlayCommand(undefined, {...options(), device: hostile}, session().io),
		],
		[
			'a volume that is not one',
			() => runVolumeCommand(`${hostile}${'9'.repeat(5000)}`, options(), session().io),
		],
		[
			'an offset that is not one',
			() => runPlayCommand(`spotify:album:${firstAlbum().id}`, {...options(), offset: hostile}, session().io),
		],
	])('%s: the error quotes it harmlessly', async (_name, run) => {
		const error = await failure(run());
		expect(firstUnsafe(error.message)).toBeUndefined();
		expect(error.message.length).toBeLessThan(500);
	});

	test('a device name in an error (several match) is harmless', async () => {
		const error = await failure(runPlayCommand(undefined, {...options(), device: 'e'}, session().io));
		expect(error.message).toMatch(/^"e" matches several devices \(Studio Desktop/);
		expect(firstUnsafe(error.message)).toBeUndefined();
	});

	test('config values and keys echoed in problems and warnings are harmless and cut short', async () => {
		const yaml = sandboxConfigYaml(sandbox());
		await writeFile(session().configPath, `${yaml}x${hostile}: 1\n`);
		await runDevicesCommand(options(), session().io);
		expect(session().stderr()).toMatch(/^musicterminal: warning: .*unknown key x/);
		expect(firstUnsafe(session().stderr())).toBeUndefined();

		await writeFile(
			session().configPath,
			yaml.replace(/^market: .*$/m, `market: "${JSON.stringify(hostile + 'y'.repeat(10_000)).slice(1, -1)}"`),
		);
		const error = await failure(runDevicesCommand(options(), session().io));
		expect(error.message).toMatch(/market is ".+…", which is not a two-letter country code/);
		expect(firstUnsafe(error.message)).toBeUndefined();
		expect(error.message.length).toBeLessThan(600);
	});
});

describe('error messages from the Web API and the accounts service', () => {
	test.each([
		[400, undefined],
		[403, undefined],
		[404, undefined],
		[403, 'SOME_NEW_REASON'],
	])('a %i whose message carries them is told harmlessly', async (status, reason) => {
		sandbox().faults.inject({
			path: '/v1/me/player/devices',
			fault: {kind: 'json-answer', status, body: hostileErrorBody(status, reason)},
			times: Number.POSITIVE_INFINITY,
		});
		const error = await failure(runDevicesCommand(options(), session().io));
		expect(error.message).toContain('Bad');
		expect(firstUnsafe(error.message)).toBeUndefined();
	});

	test("the accounts service's error_description is told harmlessly", async () => {
		sandbox().clock.advance(2 * 3_600_000);
		sandbox().faults.inject({
			path: '/api/token',
			fault: {
				kind: 'json-answer',
				status: 400,
				body: {error: 'invalid_client', error_description: `No${hostile}`},
			},
		});
		const error = await failure(runDevicesCommand(options(), session().io));
		expect(error.message).toMatch(/^Spotify refused this app's credentials: No/);
		expect(firstUnsafe(error.message)).toBeUndefined();
	});

	test("a login callback's error parameter is told harmlessly", () => {
		const url = new URL('http://127.0.0.1:8888/callback?state=s');
		url.searchParams.set('error', `server_error${hostile}${'z'.repeat(10_000)}`);
		const result = readCallback(url, 's');
		expect(result).toBeInstanceOf(Error);
		const {message} = result as Error;
		expect(message).toMatch(/^Spotify did not log you in \(server_error/);
		expect(firstUnsafe(message)).toBeUndefined();
		expect(message.length).toBeLessThan(400);
	});
});

describe('the built CLI in table mode: no escape, control or bidi character reaches stdout or stderr', () => {
	const run = async (...args: string[]) => {
		const cli = startCli(['--config', session().configPath, ...args], session().env);
		const code = await cli.exit();
		return {code, stdout: cli.stdout(), stderr: cli.stderr()};
	};

	test.each([
		[['search', 'endless']],
		[['albums', 'endless archive', '--groups', 'album,single,compilation,appears_on']],
		[['tracks', 'first-album']],
		[['devices']],
		[['play', 'first-album']],
		[['volume', '30']],
		[['now']],
	])('%j', async (args) => {
		const withIds = args.map((arg) => (arg === 'first-album' ? `spotify:album:${firstAlbum().id}` : arg));
		const {code, stdout, stderr} = await run(...withIds);
		expect(code).toBe(0);
		expect(firstUnsafe(stdout + stderr)).toBeUndefined();
	});

	test('whatever a command prints without cleaning it itself (status showing the client_id) is cleaned last', async () => {
		const yaml = sandboxConfigYaml(sandbox()).replace(
			/^client_id: .*$/m,
			'client_id: "id\\e]0;pwned\\a\\e[2J\\b"',
		);
		await writeFile(session().configPath, yaml);
		const {code, stdout, stderr} = await run('status');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Client id: +id␈$/m);
		expect(firstUnsafe(stdout + stderr)).toBeUndefined();
	});

	test('failures: an API message, a device, an unknown command and an argument echoed back', async () => {
		sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'json-answer', status: 400, body: hostileErrorBody(400)},
			times: Number.POSITIVE_INFINITY,
		});
		for (const [args, exitCode] of [
			[['search', 'endless'], 1],
			[['play', '--device', hostile], 1],
			[[`play${hostile}`], 2],
			[['search', 'x', '--limit', `${hostile}${'1'.repeat(5000)}`], 2],
			[['albums', `https://open.spotify.com/${hostile}`], 2],
		] as const) {
			const {code, stdout, stderr} = await run(...args);
			expect({args, code}).toEqual({args, code: exitCode});
			expect({args, unsafe: firstUnsafe(stdout + stderr)}).toEqual({args, unsafe: undefined});
			expect(stderr.length).toBeLessThan(600);
		}
	});
});
