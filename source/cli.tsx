import {homedir} from 'node:os';
import {Argument, Command, CommanderError, Option} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import {
	parseAlbumGroups,
	parseItemType,
	parseLimit,
	parseNowFormat,
	parsePort,
	parseSearchTypes,
} from './commands/argument-parsers.js';
import type {CommandIo, GlobalOptions} from './commands/command-io.js';
import type {LibraryKind} from './commands/library.js';
import {type NowTemplate, nowPlaceholders} from './commands/output/now-template.js';
import {withoutFetch} from './commands/without-fetch.js';
import {closestMatch} from './config/suggest.js';
import {UsageError, UserFacingError} from './errors.js';
import {excerpt, terminalSafe} from './format/terminal-text.js';
import {guardOutput} from './output-guard.js';
import type {AlbumGroup, SearchType} from './spotify/catalog-client.js';
import type {RepeatState} from './spotify/schemas.js';
import type {ItemType} from './spotify/spotify-reference.js';

// Before anything is written: no secret leaves by stdout or stderr, whoever writes there.
guardOutput(process.stdout);
guardOutput(process.stderr);

/** A bug: told with its stack on stderr (through the guard, unlike Node's own report), exit status 1. */
function failUnexpectedly(error: unknown): never {
	const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
	process.stderr.write(
		`musicterminal: unexpected error, a bug in musicterminal: please report it with what follows.\n${terminalSafe(details, {multiline: true})}\n`,
	);
	process.exit(1);
}

process.on('uncaughtException', failUnexpectedly);
process.on('unhandledRejection', failUnexpectedly);

// A reader that stops early (`| head -1`) has had all it wants: end at once, with no message and
// with success, as ripgrep does, so a script under `set -o pipefail` does not fail for it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	throw error;
});
// With stderr closed there is nowhere left to tell anything; the exit status still says it.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') {
		throw error;
	}
});

// Every command sanitises what it takes from outside; this is the last guard, for whatever a
// sentence still carries. JSON passes unchanged: jsonText leaves no control characters in it.
const safely = (text: string) => terminalSafe(text, {multiline: true});

const io: CommandIo = {
	stdout: (text) => process.stdout.write(safely(text)),
	stderr: (text) => process.stderr.write(safely(text)),
	stdin: process.stdin,
	env: process.env,
	cwd: process.cwd(),
	homedir: homedir(),
	platform: process.platform,
	now: Date.now,
	columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};

const program = new Command('musicterminal')
	.description('A keyboard-driven terminal controller for Spotify.')
	.version(packageJson.version)
	.option('--config <path>', 'use this config file instead of looking for one')
	.option('--demo', 'open the app against a local stand-in for Spotify: no account or config needed')
	.exitOverride();

const globalOptions = (): GlobalOptions => program.opts<GlobalOptions>();

program.allowExcessArguments().action(async () => {
	const [unknown] = program.args;
	if (unknown !== undefined) {
		const closest = closestMatch(
			unknown,
			program.commands.map((command) => command.name()),
		);
		program.error(
			`error: unknown command '${unknown}'${closest === undefined ? '' : `: did you mean ${closest}?`}`,
			{
				code: 'commander.unknownCommand',
			},
		);
	}

	// Ink (and with it yoga-layout) loads here.
	const {runTuiCommand} = await withoutFetch(async () => import('./commands/tui.js'));
	await runTuiCommand({...globalOptions(), demo: program.opts<{demo?: boolean}>().demo === true}, io);
});

program
	.command('init')
	.description('Ask for your Spotify app’s keys and write a config file.')
	.option('--force', 'replace an existing config file', false)
	.action(async (options: {force: boolean}) => {
		const {runInitCommand} = await import('./commands/init.js');
		await runInitCommand({...globalOptions(), ...options}, io);
	});

program
	.command('login')
	.description('Log in to Spotify in a browser and keep the login for playback.')
	.option('--no-browser', 'only print the address to open (for SSH and headless machines)')
	.action(async (options: {browser: boolean}) => {
		const {runLoginCommand} = await import('./commands/login.js');
		await runLoginCommand({...globalOptions(), ...options}, io);
	});

program
	.command('logout')
	.description('Forget the stored Spotify login.')
	.action(async () => {
		const {runLogoutCommand} = await import('./commands/logout.js');
		await runLogoutCommand(io);
	});

program
	.command('status')
	.description('Show the config in use, the auth method and the state of the login.')
	.option(
		'--json',
		'print JSON instead of lines (shape in the README, under Logging in); never a token or secret',
	)
	.action(async (options: {json?: boolean}) => {
		const {runStatusCommand} = await import('./commands/status.js');
		await runStatusCommand({...globalOptions(), ...options}, io);
	});

const jsonHelp = 'print JSON instead of a table (shapes in the README, under Scripting)';
const deviceHelp = 'the device to use, by name or id (see `musicterminal devices`)';
const itemHelp = 'an id, a spotify: URI, an open.spotify.com link, or words to search for';
const playableHelp =
	'what to play: a spotify: URI, an open.spotify.com link, an id with --type, or words to search for (the best matching track, or --type album or artist)';

program
	.command('search')
	.description('Search Spotify for artists, albums and tracks.')
	.argument('<query...>', 'words to search for; filters such as artist:, album: and year: work too')
	.addOption(
		new Option('--type <types>', 'what to search for: artist, album, track, or several with commas')
			.argParser(parseSearchTypes)
			.default(['artist', 'album', 'track'], 'artist,album,track'),
	)
	.option('--limit <n>', 'results per type, 1 to 100', parseLimit, 10)
	.option('--json', jsonHelp)
	.action(async (words: string[], options: {type: SearchType[]; limit: number; json?: boolean}) => {
		const {runSearchCommand} = await import('./commands/search.js');
		await runSearchCommand(words.join(' '), {...globalOptions(), ...options}, io);
	});

program
	.command('albums')
	.description("List all of an artist's albums.")
	.argument('<artist...>', itemHelp)
	.addOption(
		new Option('--groups <groups>', 'which albums: album, single, compilation, appears_on, with commas')
			.argParser(parseAlbumGroups)
			.default(['album', 'single', 'compilation'], 'album,single,compilation'),
	)
	.option('--json', jsonHelp)
	.action(async (words: string[], options: {groups: AlbumGroup[]; json?: boolean}) => {
		const {runAlbumsCommand} = await import('./commands/albums.js');
		await runAlbumsCommand(words.join(' '), {...globalOptions(), ...options}, io);
	});

program
	.command('tracks')
	.description("List all of an album's tracks.")
	.argument('<album...>', itemHelp)
	.option('--json', jsonHelp)
	.action(async (words: string[], options: {json?: boolean}) => {
		const {runTracksCommand} = await import('./commands/tracks.js');
		await runTracksCommand(words.join(' '), {...globalOptions(), ...options}, io);
	});

program
	.command('devices')
	.description('List your Spotify devices and show which one is active.')
	.option('--json', jsonHelp)
	.action(async (options: {json?: boolean}) => {
		const {runDevicesCommand} = await import('./commands/devices.js');
		await runDevicesCommand({...globalOptions(), ...options}, io);
	});

program
	.command('play')
	.description('Play a track, album, artist or playlist; without one, resume.')
	.argument('[item...]', playableHelp)
	.option(
		'--type <type>',
		'what a bare id is (track, album, artist, playlist, show, episode), or what words search for (track, album, artist)',
		parseItemType,
	)
	.option('--device <device>', deviceHelp)
	.option('--offset <track>', 'where to start in an album or playlist: a track number from 1, or a track URI')
	.option('--json', jsonHelp)
	.addHelpText(
		'after',
		'\nExamples:\n  musicterminal play spotify:album:4aawyAB9vmqN3uQ7FjRGTy --offset 3\n  musicterminal play https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6\n  musicterminal play 4aawyAB9vmqN3uQ7FjRGTy --type album\n  musicterminal play --type album ok computer\n  musicterminal play --device kitchen',
	)
	.action(
		async (words: string[], options: {type?: ItemType; device?: string; offset?: string; json?: boolean}) => {
			const {runPlayCommand} = await import('./commands/play.js');
			await runPlayCommand(
				words.length === 0 ? undefined : words.join(' '),
				{...globalOptions(), ...options},
				io,
			);
		},
	);

for (const [action, description] of [
	['pause', 'Pause playback.'],
	['resume', 'Resume playback.'],
	['next', 'Skip to the next track.'],
	['previous', 'Go back to the previous track.'],
] as const) {
	program
		.command(action)
		.description(description)
		.option('--device <device>', deviceHelp)
		.option('--json', jsonHelp)
		.action(async (options: {device?: string; json?: boolean}) => {
			const {runTransportCommand} = await import('./commands/transport.js');
			await runTransportCommand(action, {...globalOptions(), ...options}, io);
		});
}

program
	.command('volume')
	.description('Set the volume from 0 to 100, or change it by steps such as +10 or -10.')
	.argument('<level>', 'a level from 0 to 100, or +N or -N')
	.option('--device <device>', deviceHelp)
	.option('--json', jsonHelp)
	.action(async (level: string, options: {device?: string; json?: boolean}) => {
		const {runVolumeCommand} = await import('./commands/volume.js');
		await runVolumeCommand(level, {...globalOptions(), ...options}, io);
	});

program
	.command('seek')
	.description('Move to a position in what plays, or 10 seconds on or back.')
	.argument('<position>', 'minutes and seconds (1:23), seconds (83), or a step such as +10 or -10')
	.option('--device <device>', deviceHelp)
	.option('--json', jsonHelp)
	.addHelpText(
		'after',
		'\nExamples:\n  musicterminal seek 1:30\n  musicterminal seek +10\n  musicterminal seek -10',
	)
	.action(async (position: string, options: {device?: string; json?: boolean}) => {
		const {runSeekCommand} = await import('./commands/seek.js');
		await runSeekCommand(position, {...globalOptions(), ...options}, io);
	});

program
	.command('shuffle')
	.description('Turn shuffle on or off; without a word, the other way.')
	.addArgument(new Argument('[state]', 'on or off').choices(['on', 'off']))
	.option('--device <device>', deviceHelp)
	.option('--json', jsonHelp)
	.action(async (state: 'on' | 'off' | undefined, options: {device?: string; json?: boolean}) => {
		const {runShuffleCommand} = await import('./commands/shuffle.js');
		await runShuffleCommand(state, {...globalOptions(), ...options}, io);
	});

program
	.command('repeat')
	.description('Repeat nothing, the album or playlist (context), or the track; without a mode, the next one.')
	.addArgument(new Argument('[mode]', 'off, context or track').choices(['off', 'context', 'track']))
	.option('--device <device>', deviceHelp)
	.option('--json', jsonHelp)
	.action(async (mode: RepeatState | undefined, options: {device?: string; json?: boolean}) => {
		const {runRepeatCommand} = await import('./commands/repeat.js');
		await runRepeatCommand(mode, {...globalOptions(), ...options}, io);
	});

program
	.command('queue')
	.description(
		'Show what plays and what comes next; `queue add <item>` adds a track, an episode, or an album or playlist.',
	)
	.argument('[add]', 'add, followed by the item')
	.argument('[item...]', `what to add: ${itemHelp} (the best matching track, or --type album)`)
	.option('--type <type>', 'what a bare id is, or what words search for (track, album)', parseItemType)
	.option('--device <device>', deviceHelp)
	.option('--json', jsonHelp)
	.addHelpText(
		'after',
		'\nExamples:\n  musicterminal queue\n  musicterminal queue add spotify:track:6rqhFgbbKwnb9MLmUQDhG6\n  musicterminal queue add --type album ok computer',
	)
	.action(
		async (
			action: string | undefined,
			item: string[],
			options: {type?: ItemType; device?: string; json?: boolean},
		) => {
			const {runQueueCommand} = await import('./commands/queue.js');
			await runQueueCommand(
				action === undefined ? [] : [action, ...item],
				{...globalOptions(), ...options},
				io,
			);
		},
	);

program
	.command('library')
	.description('List your Liked Songs, saved albums, playlists, recently played tracks or followed artists.')
	.addArgument(
		new Argument('[kind]', 'tracks (Liked Songs), albums, playlists, recent or artists')
			.choices(['tracks', 'albums', 'playlists', 'recent', 'artists'])
			.default('tracks'),
	)
	.option('--json', jsonHelp)
	.action(async (kind: LibraryKind, options: {json?: boolean}) => {
		const {runLibraryCommand} = await import('./commands/library.js');
		await runLibraryCommand(kind, {...globalOptions(), ...options}, io);
	});

program
	.command('playlist')
	.description("List a playlist's tracks and episodes (yours, or one you collaborate on).")
	.argument('<playlist>', 'its id, spotify:playlist: URI or open.spotify.com link')
	.option('--json', jsonHelp)
	.action(async (playlist: string, options: {json?: boolean}) => {
		const {runPlaylistCommand} = await import('./commands/playlist.js');
		await runPlaylistCommand(playlist, {...globalOptions(), ...options}, io);
	});

program
	.command('new')
	.description(
		'New albums and singles from the artists you follow, newest first (read at most once a day per artist).',
	)
	.option('--json', jsonHelp)
	.action(async (options: {json?: boolean}) => {
		const {runNewReleasesCommand} = await import('./commands/new-releases.js');
		await runNewReleasesCommand({...globalOptions(), ...options}, io);
	});

for (const [change, description] of [
	['like', 'Save a track, album, episode or show to your library; without one, what plays.'],
	['unlike', 'Remove a track, album, episode or show from your library; without one, what plays.'],
] as const) {
	program
		.command(change)
		.description(description)
		.argument('[item...]', `${itemHelp} (the best matching track, or --type album)`)
		.option(
			'--type <type>',
			'what a bare id is (track, album, episode, show, playlist), or what words search for',
			parseItemType,
		)
		.option('--json', jsonHelp)
		.action(async (words: string[], options: {type?: ItemType; json?: boolean}) => {
			const {runLikeCommand} = await import('./commands/like.js');
			await runLikeCommand(
				change,
				words.length === 0 ? undefined : words.join(' '),
				{...globalOptions(), ...options},
				io,
			);
		});
}

program
	.command('now')
	.description('Show what is playing, where, and how far along; with --follow, each change as it happens.')
	.option('--follow', 'keep going: a line (or, with --json, an object) each time what plays changes')
	.addOption(
		new Option(
			'--format <template>',
			'one line from a template, such as "{artist} – {title}" (placeholders below)',
		)
			.argParser(parseNowFormat)
			.conflicts('json'),
	)
	.option('--json', jsonHelp)
	.addHelpText(
		'after',
		`\nPlaceholders for --format: ${nowPlaceholders.map((name) => `{${name}}`).join(' ')}\n\nExamples:\n  musicterminal now --follow --format "{symbol} {artist} – {title}"\n  musicterminal now --follow --json | jq -c .item.name`,
	)
	.action(async (options: {follow?: boolean; format?: NowTemplate; json?: boolean}) => {
		const [{runNowCommand}, {interruption}] = await Promise.all([
			import('./commands/now.js'),
			import('./commands/interruption.js'),
		]);
		const stop = options.follow === true ? interruption() : undefined;
		try {
			await runNowCommand({...globalOptions(), ...options, stop: stop?.signal}, io);
		} finally {
			stop?.release();
		}
	});

program
	.command('doctor')
	.description(
		'Check the setup, from the config to Spotify and your devices, and say how to fix what is wrong.',
	)
	.option('--json', 'print the checks as JSON (shape in the README, under Scripting)')
	.addHelpText('after', '\nExit status: 0 when no check failed (warnings alone do not fail), 1 when one did.')
	.action(async (options: {json?: boolean}) => {
		const {runDoctorCommand} = await import('./commands/doctor.js');
		await runDoctorCommand({...globalOptions(), ...options}, io);
	});

program
	.command('sandbox')
	.description(
		"Run a local stand-in for Spotify's accounts service and Web API, and print a config.yaml for it.",
	)
	.option('--port <port>', 'port on 127.0.0.1 to listen on (0 picks a free one)', parsePort, 8787)
	.addOption(
		new Option(
			'--fault <spec>',
			'answer with a fault, such as rate-limit,retry-after=3,path=/v1/search (repeatable; see the README)',
		)
			.argParser((spec: string, specs: string[]) => [...specs, spec])
			.default([], 'none'),
	)
	.addOption(
		new Option(
			'--scene <name>',
			'start the player as Spotify sometimes is: track, episode, local-file, ad, private-session, no-item, device-gone, devices-back or restricted-device (repeatable)',
		)
			.argParser((name: string, names: string[]) => [...names, name])
			.default([], 'none'),
	)
	.action(async (options: {port: number; fault: string[]; scene: string[]}) => {
		const {runSandboxCommand} = await import('./commands/sandbox.js');
		await runSandboxCommand(options);
	});

// Commander's usage errors in our voice: one line, what was wrong, and where the usage is told.
for (const command of [program, ...program.commands]) {
	command.configureOutput({outputError: (text, write) => write(usageErrorLine(text, command))});
}

try {
	await program.parseAsync(process.argv);
	// Readers of stdin (login's paste prompt) must not keep a finished command alive.
	process.stdin.destroy();
} catch (error) {
	if (error instanceof CommanderError) {
		// Commander has printed the message; help and version are not failures.
		process.exit(error.exitCode === 0 ? 0 : 2);
	}

	if (error instanceof UserFacingError) {
		process.stderr.write(`musicterminal: ${terminalSafe(error.message, {multiline: true})}\n`);
		process.exit(error instanceof UsageError ? 2 : 1);
	}

	failUnexpectedly(error);
}

/** `error: missing required argument 'query'` → `musicterminal: missing required argument 'query'. See …`. */
function usageErrorLine(text: string, command: Command): string {
	// Commander echoes what was typed in single quotes ("argument '…' is invalid"): cut and cleaned.
	const message = text
		.trim()
		.replace(/^error: /, '')
		.replaceAll(/'([^']*)'/g, (_quote, value: string) => `'${excerpt(value)}'`);
	const usage = command === program ? 'musicterminal --help' : `musicterminal ${command.name()} --help`;
	return `musicterminal: ${safely(message)}${/[.?!]$/.test(message) ? '' : '.'} \`${usage}\` tells how it is used.\n`;
}
