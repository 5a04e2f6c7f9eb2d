import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import pLimit from 'p-limit';
import {beforeEach, describe, expect, test} from 'vitest';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import type {CommandIo} from '../../source/commands/command-io.js';
import {runDevicesCommand} from '../../source/commands/devices.js';
import {libraryKinds, runLibraryCommand} from '../../source/commands/library.js';
import {runLikeCommand} from '../../source/commands/like.js';
import {runNewReleasesCommand} from '../../source/commands/new-releases.js';
import {runNowCommand} from '../../source/commands/now.js';
import {runPlayCommand} from '../../source/commands/play.js';
import {runPlaylistCommand} from '../../source/commands/playlist.js';
import {runQueueCommand} from '../../source/commands/queue.js';
import {runRepeatCommand} from '../../source/commands/repeat.js';
import {runSearchCommand} from '../../source/commands/search.js';
import {runSeekCommand} from '../../source/commands/seek.js';
import {runShuffleCommand} from '../../source/commands/shuffle.js';
import {runTracksCommand} from '../../source/commands/tracks.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {runVolumeCommand} from '../../source/commands/volume.js';
import {UserFacingError} from '../../source/errors.js';
import {UnexpectedResponseError} from '../../source/spotify/spotify-errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {replayHint, runSeed, withFuzzApi} from './fuzz-api.js';

// Every command, run in this process against random answers: the sandbox only logs the session
// in; each run has a config of its own whose api_url is the fuzz API for the run's seed.

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const api = withFuzzApi();
const id = '4Z8W4fKeB5YxbusRsdQVPb';

let configText = '';
beforeEach(async () => {
	configText = await readFile(session().configPath, 'utf8');
});

type Run = {readonly config: string; readonly io: CommandIo; readonly json: boolean};
type Command = {
	readonly name: string;
	readonly run: (run: Run) => Promise<void>;
	/** Failures that are the right answer to what came back (nothing found, no device active). */
	readonly fine?: RegExp;
};

const noMatch = /^no (artist|album|track) matches "/;
const commands: readonly Command[] = [
	{
		name: 'search',
		run: async ({config, io, json}) =>
			runSearchCommand('night', {config, json, type: ['artist', 'album', 'track'], limit: 25}, io),
	},
	{
		name: 'albums <id>',
		run: async ({config, io, json}) =>
			runAlbumsCommand(`spotify:artist:${id}`, {config, json, groups: ['album', 'single']}, io),
	},
	{
		name: 'albums <words>',
		run: async ({config, io, json}) => runAlbumsCommand('night', {config, json, groups: ['album']}, io),
		fine: noMatch,
	},
	{
		name: 'tracks <id>',
		run: async ({config, io, json}) => runTracksCommand(`spotify:album:${id}`, {config, json}, io),
	},
	{
		name: 'tracks <words>',
		run: async ({config, io, json}) => runTracksCommand('night', {config, json}, io),
		fine: noMatch,
	},
	{name: 'devices', run: async ({config, io, json}) => runDevicesCommand({config, json}, io)},
	{name: 'now', run: async ({config, io, json}) => runNowCommand({config, json}, io)},
	{
		name: 'play <uri> --offset',
		run: async ({config, io, json}) => runPlayCommand(`spotify:album:${id}`, {config, json, offset: '2'}, io),
	},
	{
		name: 'play <words>',
		run: async ({config, io, json}) => runPlayCommand('night', {config, json}, io),
		fine: noMatch,
	},
	{name: 'resume', run: async ({config, io, json}) => runTransportCommand('resume', {config, json}, io)},
	{name: 'pause', run: async ({config, io, json}) => runTransportCommand('pause', {config, json}, io)},
	{name: 'next', run: async ({config, io, json}) => runTransportCommand('next', {config, json}, io)},
	{name: 'previous', run: async ({config, io, json}) => runTransportCommand('previous', {config, json}, io)},
	...libraryKinds.map(
		(kind): Command => ({
			name: `library ${kind}`,
			run: async ({config, io, json}) => runLibraryCommand(kind, {config, json}, io),
		}),
	),
	{name: 'playlist <id>', run: async ({config, io, json}) => runPlaylistCommand(id, {config, json}, io)},
	{name: 'queue', run: async ({config, io, json}) => runQueueCommand([], {config, json}, io)},
	{
		name: 'queue add <album>',
		run: async ({config, io, json}) => runQueueCommand(['add', `spotify:album:${id}`], {config, json}, io),
		fine: /has no tracks to add to the queue/,
	},
	{
		name: 'seek +10',
		run: async ({config, io, json}) => runSeekCommand('+10', {config, json}, io),
		// A random item can be shorter than ten seconds, or played past its length already.
		fine: /^nothing is playing|long and plays at .*: give a step within it/,
	},
	{name: 'shuffle', run: async ({config, io, json}) => runShuffleCommand(undefined, {config, json}, io)},
	{name: 'repeat', run: async ({config, io, json}) => runRepeatCommand(undefined, {config, json}, io)},
	{name: 'new', run: async ({config, io, json}) => runNewReleasesCommand({config, json}, io)},
	{
		name: 'like',
		run: async ({config, io, json}) => runLikeCommand('like', undefined, {config, json}, io),
		fine: /^nothing is playing|cannot be saved/,
	},
	{
		name: 'unlike <uri>',
		run: async ({config, io, json}) => runLikeCommand('unlike', `spotify:album:${id}`, {config, json}, io),
	},
	{
		name: 'volume +10',
		run: async ({config, io, json}) => runVolumeCommand('+10', {config, json}, io),
		fine: /^no Spotify device is (active|available)|does not report its volume/,
	},
];

const runsPerCommand = 20;

describe('every command against random answers the Web API description allows', () => {
	test(`${runsPerCommand} runs of each of ${commands.length} commands: none fails, nothing escapes`, {
		timeout: 90_000,
	}, async () => {
		const failures: string[] = [];
		const limit = pLimit(12);
		const runs = commands.flatMap((command, index) =>
			Array.from({length: runsPerCommand}, (_, repeat) => ({
				command,
				run: 1000 + index * runsPerCommand + repeat,
			})),
		);
		await Promise.all(
			runs.map(async ({command, run}) =>
				limit(async () => {
					const output = {stdout: '', stderr: ''};
					const config = join(session().env.HOME ?? '', `config-${run}.yaml`);
					await writeFile(
						config,
						configText.replace(/^api_url: .*$/m, `api_url: ${api().apiUrl(runSeed(run))}`),
					);
					const io: CommandIo = {
						...session().io,
						stdin: new PassThrough(),
						stdout: (text) => {
							output.stdout += text;
						},
						stderr: (text) => {
							output.stderr += text;
						},
						columns: run % 2 === 0 ? 80 : undefined,
					};
					const json = run % 3 === 0;
					try {
						await command.run({config, io, json});
						expect(output.stdout.endsWith('\n'), 'output ends with a line break').toBe(true);
						if (json) {
							JSON.parse(output.stdout);
						}
					} catch (error) {
						const fine =
							error instanceof UserFacingError &&
							!(error instanceof UnexpectedResponseError) &&
							command.fine?.test(error.message) === true;
						if (!fine) {
							failures.push(
								`${command.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n  ${replayHint(run)}`,
							);
						}
					}
				}),
			),
		);
		expect(failures.slice(0, 5)).toEqual([]);
	});
});
