// `npm run bench`: start-up, keypress, memory, request and client figures in one table.

import {mkdtemp, rm} from 'node:fs/promises';
import module from 'node:module';
import {cpus, release, tmpdir, totalmem, type} from 'node:os';
import {join} from 'node:path';
import type {AccessTokenProvider} from '../source/auth/access-token.js';
import type {Config} from '../source/config/config.js';
import {defaultScopes} from '../source/config/config.js';
import {type Sandbox, startSandbox} from '../source/sandbox/sandbox.js';
import {issueUserSession} from '../source/sandbox/user-session.js';
import {createSpotifyClient, type SpotifyClient} from '../source/spotify/spotify-client.js';
import {callsPerCase, timeClientOverhead} from './client-overhead.js';
import {type StepTiming, timeFramesOnArrival} from './frames-on-arrival.js';
import {timeKeypresses} from './keypress-render.js';
import {timeKeypressesInTerminal} from './keypress-terminal.js';
import {loggedInHome} from './logged-in-home.js';
import {printTable, type Summary, summarize} from './measure.js';
import {type MemorySample, measureMemoryOverTime} from './memory-over-time.js';
import {measurePollingRates, pollingMinutes} from './polling-rate.js';
import {timeRedactionPerFrame} from './redaction-cost.js';
import {sandboxConfigFor} from './sandbox-config.js';
import {runScriptedSession, type SessionFigures} from './scripted-session.js';
import {type Program, timeFirstFrames} from './start-up.js';
import {countKilledRefreshes, countParallelRefreshes} from './token-refresh.js';
import {timeRotationWindow, watchAnswers} from './token-window.js';
import {walkAsAUser} from './user-walk.js';

export type BenchPrograms = {
	/** The built CLI, dist/cli.js. */
	readonly cli: string;
	/** bench/trivial-list-app.tsx, bundled as the CLI is. */
	readonly trivialApp: string;
	/** Sections to run (`npm run bench -- keypress`); all when empty. */
	readonly sections?: readonly string[];
};

/** A mistake in how the bench was asked for, told without a stack. */
export class BenchUsageError extends Error {
	override name = 'BenchUsageError';
}

export const benchSections = [
	'start-up',
	'keypress',
	'frames',
	'session',
	'walk',
	'memory',
	'client',
	'polling',
	'tokens',
	'redaction',
] as const;

const startUpRuns = 10;
const sessionRuns = 3;
const arrivalRuns = 10;
const listMoves = 2000;
/** Seconds the user's walk leaves the app playing untouched at its end. */
const walkIdleSeconds = 90;
/** Minutes the memory section waits while a track plays; ten is the target's span, the default is shorter. */
const idleMinutes = Number(process.env.MUSICTERMINAL_BENCH_IDLE_MINUTES ?? 2);
const nodeMajor = Number(process.versions.node.split('.')[0]);
const hasCompileCache = 'enableCompileCache' in module;

type Row = {
	readonly measure: string;
	readonly unit: 'ms' | 'µs' | 'MB' | '×' | 'requests' | 'count';
	readonly figures: Summary | number;
	readonly target?: {readonly text: string; readonly met: (figures: Summary) => boolean | undefined};
};

type Walk = {
	readonly artistQuery: string;
	readonly albumName: string;
	readonly trackCount: number;
	readonly albumCount: number;
};

type Bench = {
	readonly programs: BenchPrograms;
	readonly sandbox: Sandbox;
	readonly walk: Walk;
	readonly newClient: () => SpotifyClient;
	readonly config: Config;
	readonly accessToken: string;
	/** Lines printed under the table. */
	readonly notes: string[];
};

const sectionRows: Record<(typeof benchSections)[number], (bench: Bench) => Promise<Row[]>> = {
	'start-up': startUpRows,
	keypress: keypressRows,
	frames: frameRows,
	session: sessionRows,
	walk: userWalkRows,
	memory: memoryOverTimeRows,
	client: clientRows,
	polling: pollingRows,
	tokens: tokenRows,
	redaction: redactionRows,
};

export async function runBench(programs: BenchPrograms): Promise<void> {
	const wanted = programs.sections ?? [];
	const unknown = wanted.filter((section) => !(benchSections as readonly string[]).includes(section));
	if (unknown.length > 0) {
		throw new BenchUsageError(
			`There is no bench section ${unknown.join(', ')}. The sections are ${benchSections.join(', ')}; name some, or none for all (npm run bench -- keypress).`,
		);
	}

	const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
	console.log(
		`musicterminal bench · Node ${process.version} · ${type()} ${release()} · ${cpus().length} × ${cpu} · ${(totalmem() / 2 ** 30).toFixed(1)} GB\n`,
	);
	const sandbox = await startSandbox();
	try {
		const boxSet = sandbox.catalog.album(sandbox.catalog.highlights.boxSetAlbumId);
		const prolific = sandbox.catalog.artist(sandbox.catalog.highlights.prolificArtistId);
		if (boxSet === undefined || prolific === undefined) {
			throw new Error("the sandbox's catalog has no box set or no prolific artist");
		}

		const session = issueUserSession(sandbox, defaultScopes);
		const tokens: AccessTokenProvider = {kind: 'user', getAccessToken: async () => session.accessToken};
		const config = await sandboxConfigFor(sandbox);
		const bench: Bench = {
			programs,
			sandbox,
			walk: {
				artistQuery: prolific.name,
				albumName: boxSet.name,
				trackCount: boxSet.trackIds.length,
				albumCount: sandbox.catalog.artistAlbums(prolific.id, [
					'album',
					'single',
					'compilation',
					'appears_on',
				]).length,
			},
			newClient: () => createSpotifyClient({config, tokens}),
			config,
			accessToken: session.accessToken,
			notes: [],
		};
		const rows: Row[] = [];
		for (const section of benchSections) {
			if (wanted.length === 0 || wanted.includes(section)) {
				rows.push(...(await sectionRows[section](bench)));
			}
		}

		console.log('');
		printTable(
			['measure', 'median', 'p95', 'min', 'max', 'n', 'target', ''],
			rows.map((row) => tableRow(row)),
		);
		console.log(['', ...bench.notes].join('\n'));
	} finally {
		await sandbox.close();
	}
}

async function startUpRows({programs: {cli, trivialApp}, sandbox, notes}: Bench): Promise<Row[]> {
	progress(`start-up: ${startUpRuns} runs of each program, taking turns`);
	const home = await loggedInHome(sandbox);
	const compileCache = await mkdtemp(join(tmpdir(), 'musicterminal-bench-cache-'));
	try {
		const programs: Program[] = [
			{name: 'demo', file: process.execPath, args: [cli, '--demo'], shows: 'Search artists:'},
			{name: 'trivial', file: process.execPath, args: [trivialApp], shows: 'Trivial list'},
			{
				name: 'configured',
				file: process.execPath,
				args: [cli, '--config', home.configPath],
				shows: 'Search artists:',
				env: {XDG_CONFIG_HOME: home.home},
			},
			...(hasCompileCache
				? [
						{
							name: 'trivial, cached',
							file: process.execPath,
							args: [trivialApp],
							shows: 'Trivial list',
							env: {NODE_COMPILE_CACHE: compileCache},
						},
					]
				: []),
		];
		const [demoRuns, trivialRuns, configuredRuns, trivialCachedRuns] = await timeFirstFrames(
			programs,
			startUpRuns,
		);
		const demo = demoRuns?.times ?? [];
		const trivial = trivialRuns?.times ?? [];
		const configured = configuredRuns?.times ?? [];
		const trivialCached = trivialCachedRuns?.times;
		notes.push(
			'Start-up: from starting `node <program>` in a 100×30 pseudo-terminal to its first frame on the screen;',
			'  one unmeasured run of each first; runs end with Ctrl-C, as a person ends them.',
		);
		return [
			{
				measure: 'Start-up to first frame: musicterminal --demo',
				unit: 'ms',
				figures: summarize(demo),
				target: {
					text: '≤ 100 ms on Node 24',
					met: (figures) => (nodeMajor >= 24 ? figures.median <= 100 : undefined),
				},
			},
			{measure: '  a trivial Ink list app, bundled the same way', unit: 'ms', figures: summarize(trivial)},
			{
				measure: '  --demo ÷ trivial app, run by run',
				unit: '×',
				figures: summarize(demo.map((time, run) => time / (trivial[run] ?? Number.NaN))),
				target: {text: '≤ 1.00×', met: (figures) => figures.median <= 1},
			},
			{measure: '  musicterminal with a config, logged in', unit: 'ms', figures: summarize(configured)},
			...(trivialCached === undefined
				? []
				: [
						{
							measure: '  the trivial app with NODE_COMPILE_CACHE too',
							unit: 'ms' as const,
							figures: summarize(trivialCached),
						},
					]),
			...memoryRows([
				['Peak RSS by the first frame: musicterminal, config', configuredRuns?.peakRss],
				['  the trivial Ink list app', trivialRuns?.peakRss],
			]),
		];
	} finally {
		await Promise.all([home.remove(), rm(compileCache, {recursive: true, force: true})]);
	}
}

function memoryRows(programs: Array<[string, number[] | undefined]>): Row[] {
	return programs.flatMap(([measure, peaks]) =>
		peaks === undefined || peaks.length === 0
			? []
			: [{measure, unit: 'MB' as const, figures: summarize(peaks.map((bytes) => bytes / 2 ** 20))}],
	);
}

async function keypressRows({programs: {cli}, sandbox, walk, newClient, notes}: Bench): Promise<Row[]> {
	progress(`keypresses: ↓ through the ${walk.trackCount} tracks of "${walk.albumName.slice(0, 30)}…"`);
	const times = await timeKeypresses(newClient(), walk);
	progress('keypresses: the same through dist/cli.js in a terminal');
	const inTerminal = await timeKeypressesInTerminal(cli, sandbox, walk);
	notes.push(
		'Keypresses: the real app and Ink in this process, from ↓ to its frame written; 2 ms between keys. Through',
		'  the bundle: dist/cli.js in a pseudo-terminal, from ↓ written to the frame arriving; the next key after it.',
	);
	return [
		{
			measure: `Render per keypress, ↓ through a ${walk.trackCount}-row list`,
			unit: 'ms',
			figures: summarize(times),
			target: {text: '≤ 4 ms at p95', met: (figures) => figures.p95 <= 4},
		},
		{
			measure: '  through dist/cli.js in a terminal, key to frame',
			unit: 'ms',
			figures: summarize(inTerminal.times),
		},
		{
			measure: '  characters written to the terminal for each key',
			unit: 'count',
			figures: Math.round(inTerminal.charactersPerKey),
			target: {text: '≤ 400', met: ({median}) => median <= 400},
		},
	];
}

async function frameRows({programs: {cli}, walk, notes}: Bench): Promise<Row[]> {
	progress(`frames on arrival: search → albums → box set, ${arrivalRuns} fresh runs in a terminal`);
	const figures = await timeFramesOnArrival(cli, walk, arrivalRuns);
	notes.push(
		'Frames on arrival: the built CLI in a pseudo-terminal, a fresh process each run (nothing cached), against',
		'  a sandbox on a thread of its own; from the key to the end of the answer the sandbox sent, and to the',
		'  frame showing it reaching the terminal.',
	);
	const step = (measure: string, answer: string, timings: readonly StepTiming[]): Row[] => [
		{measure, unit: 'ms', figures: summarize(timings.map(({drawn}) => drawn))},
		{
			measure: `  the answer, ${answer}`,
			unit: 'ms',
			figures: summarize(timings.map(({answered}) => answered)),
		},
		{
			measure: '  drawn after the answer',
			unit: 'ms',
			figures: summarize(timings.map(({drawn, answered}) => drawn - answered)),
			target: {text: '≤ 10 ms', met: (summary) => summary.median <= 10},
		},
	];
	return [
		...step('Search Enter → artists drawn', 'GET /search', figures.search),
		...step(`Artist Enter → first of ${walk.albumCount} albums drawn`, 'the first page', figures.albums),
		...step(`Album Enter → ${walk.trackCount} tracks drawn`, 'GET /albums/{id}', figures.tracks),
	];
}

async function sessionRows({programs: {cli}, sandbox, walk, notes}: Bench): Promise<Row[]> {
	progress(`sessions: search → albums → tracks → play and back, ${sessionRuns} times in a terminal`);
	const sessions: SessionFigures[] = [];
	for (let run = 0; run < sessionRuns; run += 1) {
		sessions.push(await runScriptedSession(cli, sandbox, walk));
	}

	notes.push(
		'Sessions: the built CLI in a pseudo-terminal against a sandbox in this process; RSS is the app’s VmHWM;',
		'  GET /me/player (the now-playing bar’s polling) is not counted:',
		`  ${sessions.map(({polls}) => polls).join(', ')} such calls in the ${sessionRuns} sessions.`,
	);
	const sources = sessions.flatMap(({residentBySource}) =>
		residentBySource === undefined ? [] : [residentBySource],
	);
	if (sources.length > 0) {
		const median = (pick: (source: {fromFiles: number; anonymous: number}) => number) =>
			(summarize(sources.map(pick)).median / 2 ** 20).toFixed(1);
		notes.push(
			`  At the end, of its RSS: ${median(({fromFiles}) => fromFiles)} MB are pages of files (node’s executable, with`,
			`  V8, its compilers and ICU's data, and libraries), ${median(({anonymous}) => anonymous)} MB the rest (V8’s heap, malloc).`,
		);
	}

	const backRequests = [...new Set(sessions.flatMap(({backRequests}) => backRequests))];
	if (backRequests.length > 0) {
		notes.push(`  Requests while going back: ${backRequests.join(', ')}.`);
	}
	const peaks = sessions.flatMap(({peakRss}) => (peakRss === undefined ? [] : [peakRss / 2 ** 20]));
	return [
		...(peaks.length === 0
			? []
			: [
					{
						measure: 'Peak RSS over search → albums → tracks → play',
						unit: 'MB' as const,
						figures: summarize(peaks),
						target: {text: '≤ 80 MB', met: (figures: Summary) => figures.max <= 80},
					},
				]),
		{
			measure: 'HTTP requests for that session',
			unit: 'requests',
			figures: summarize(sessions.map(({sessionRequests}) => sessionRequests)),
		},
		{
			measure: '  for going back, tracks → albums → artists → search',
			unit: 'requests',
			figures: summarize(sessions.map(({backRequests}) => backRequests.length)),
			target: {text: '0', met: (figures) => figures.max === 0},
		},
	];
}

async function userWalkRows({programs: {cli}, sandbox, walk, notes}: Bench): Promise<Row[]> {
	progress(
		`walk: search → play, ${listMoves} moves with j, k, G and g, then ${walkIdleSeconds} s playing, in a terminal`,
	);
	const {afterFlow, afterMoves, afterIdle, charactersPerMove} = await walkAsAUser(cli, sandbox, walk, {
		moves: listMoves,
		idleSeconds: walkIdleSeconds,
	});
	const megabytes = (bytes: number) => bytes / 2 ** 20;
	notes.push(
		'Walk: the built CLI as a user runs it (no probe, no forced collection) in a 100×30 pseudo-terminal, logged in to',
		`  a sandbox: search → ${walk.albumCount} albums → the ${walk.trackCount}-track box set → play, then ${listMoves} moves (j j j j j k k G k k k g,`,
		`  each waited for), then ${walkIdleSeconds} s untouched while it plays. RSS and its peak (VmHWM) from /proc.`,
	);
	return [
		{
			measure: 'Peak RSS over the walk',
			unit: 'MB',
			figures: megabytes(afterIdle.peak),
			target: {text: '≤ 80 MB', met: ({median}) => median <= 80},
		},
		{measure: '  RSS after search → play', unit: 'MB', figures: megabytes(afterFlow.rss)},
		{measure: `  RSS after ${listMoves} moves`, unit: 'MB', figures: megabytes(afterMoves.rss)},
		{
			measure: '    above the level after the flow',
			unit: 'MB',
			figures: megabytes(afterMoves.rss - afterFlow.rss),
			target: {text: '≤ 10 MB', met: ({median}) => median <= 10},
		},
		{measure: `  RSS after ${walkIdleSeconds} s playing`, unit: 'MB', figures: megabytes(afterIdle.rss)},
		{
			measure: '  characters written to the terminal for each move',
			unit: 'count',
			figures: Math.round(charactersPerMove),
		},
	];
}

async function memoryOverTimeRows({programs: {cli}, sandbox, walk, notes}: Bench): Promise<Row[]> {
	progress(
		`memory: search → play, ${listMoves} list moves, then ${idleMinutes} minutes playing untouched, in a terminal`,
	);
	const readEverySeconds = 30;
	const {afterFlow, afterMoves, idle} = await measureMemoryOverTime(cli, sandbox, walk, {
		moves: listMoves,
		idleMinutes,
		readEverySeconds,
	});
	const megabytes = (bytes: number) => bytes / 2 ** 20;
	const idleStart = idle[0]?.reading ?? afterMoves;
	const idleEnd = idle.at(-1)?.reading ?? afterMoves;
	const slope = (pick: (reading: MemorySample) => number) =>
		megabytes(slopePerMinute(idle.map(({minutes, reading}) => [minutes, pick(reading)])));
	const tenMinutes =
		idleMinutes >= 10 ? 'over the run' : `${idleMinutes} min run × ${(10 / idleMinutes).toFixed(1)}`;
	notes.push(
		'Memory: the built CLI in a pseudo-terminal, logged in to a sandbox in this process, run with --expose-gc and',
		'  the bench’s probe (bench/memory-probe.ts), which reads RSS as it is, and 2 s after two full garbage collections',
		'  (V8 returns the pages they emptied on threads of its own, within a second).',
		`  Moves are ↓ and ↑ through the box set’s tracks, each waited for. Idle: the track plays, nothing is pressed,`,
		`  RSS read every ${readEverySeconds} s for ${idleMinutes} minutes (MUSICTERMINAL_BENCH_IDLE_MINUTES); growth per`,
		'  ten minutes is the least-squares slope of those readings, times ten.',
	);
	const held = (reading: MemorySample) => {
		const spaces = Object.entries(reading.heapSpacesAfterGc)
			.filter(([, bytes]) => bytes >= 2 ** 19)
			.map(([name, bytes]) => `${name.replace(/_space$/, '')} ${megabytes(bytes).toFixed(1)}`);
		const heap = Object.values(reading.heapSpacesAfterGc).reduce((sum, bytes) => sum + bytes, 0);
		return `V8 held ${megabytes(heap).toFixed(1)} MB (${spaces.join(', ')}), ${megabytes(reading.externalAfterGc).toFixed(1)} MB outside its heap`;
	};
	const series = idle.map(({reading}) => megabytes(reading.rssAfterGc).toFixed(1)).join(' ');
	notes.push(
		`  After the flow: ${held(afterFlow)}.`,
		`  After the moves: ${held(afterMoves)}.`,
		`  Idle, RSS after GC every ${readEverySeconds} s (MB): ${series}.`,
	);
	const anonymous = (reading: MemorySample) => reading.anonymousAfterGc ?? Number.NaN;
	const fromFiles = (reading: MemorySample) => reading.fromFilesAfterGc ?? Number.NaN;
	return [
		{measure: 'RSS after search → play, as it is', unit: 'MB', figures: megabytes(afterFlow.rss)},
		{measure: '  after a full GC, settled', unit: 'MB', figures: megabytes(afterFlow.rssAfterGc)},
		{measure: '  V8 heap in use after it', unit: 'MB', figures: megabytes(afterFlow.heapUsedAfterGc)},
		{measure: `RSS after ${listMoves} list moves, as it is`, unit: 'MB', figures: megabytes(afterMoves.rss)},
		{
			measure: '  after a full GC, settled: above the level after the flow',
			unit: 'MB',
			figures: megabytes(afterMoves.rssAfterGc - afterFlow.rssAfterGc),
			target: {text: '≤ 10 MB', met: ({median}) => median <= 10},
		},
		{
			measure: '    of which pages of files (node’s executable, as run)',
			unit: 'MB',
			figures: megabytes(fromFiles(afterMoves) - fromFiles(afterFlow)),
		},
		{
			measure: '    of which the rest (V8’s heap, malloc)',
			unit: 'MB',
			figures: megabytes(anonymous(afterMoves) - anonymous(afterFlow)),
		},
		{
			measure: '  V8 heap in use after it: above the flow',
			unit: 'MB',
			figures: megabytes(afterMoves.heapUsedAfterGc - afterFlow.heapUsedAfterGc),
		},
		{
			measure: `Idle ${idleMinutes} min while playing: RSS after GC, first → last`,
			unit: 'MB',
			figures: megabytes(idleEnd.rssAfterGc - idleStart.rssAfterGc),
		},
		{
			measure: `  growth per 10 minutes (${tenMinutes})`,
			unit: 'MB',
			figures: slope((reading) => reading.rssAfterGc) * 10,
			target: {text: '≤ 2 MB', met: ({median}) => median <= 2},
		},
		{
			measure: '    of which the rest (V8’s heap, malloc)',
			unit: 'MB',
			figures: slope(anonymous) * 10,
		},
		{
			measure: '  V8 heap in use, per 10 minutes',
			unit: 'MB',
			figures: slope((reading) => reading.heapUsedAfterGc) * 10,
		},
		{
			measure: '  RSS as it is, first → last',
			unit: 'MB',
			figures: megabytes(idleEnd.rss - idleStart.rss),
		},
	];
}

/** The least-squares slope of `points` ([minutes, value]), in value per minute. */
function slopePerMinute(points: ReadonlyArray<readonly [number, number]>): number {
	const count = points.length;
	if (count < 2) {
		return 0;
	}

	const meanX = points.reduce((sum, [x]) => sum + x, 0) / count;
	const meanY = points.reduce((sum, [, y]) => sum + y, 0) / count;
	const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
	const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
	return variance === 0 ? 0 : covariance / variance;
}

async function clientRows({sandbox, newClient, accessToken}: Bench): Promise<Row[]> {
	progress(
		`client: GET /albums/{id}, ${callsPerCase} calls each after ${callsPerCase} to warm up, taking turns`,
	);
	const overhead = await timeClientOverhead(sandbox, newClient, accessToken);
	const plain = summarize(overhead.fetchAlbum);
	const client = summarize(overhead.clientAlbum);
	return [
		{measure: 'GET /albums/{id} by a plain fetch', unit: 'ms', figures: plain},
		{measure: '  by the client (token, retries, validation)', unit: 'ms', figures: client},
		{
			measure: '  the client’s overhead (difference of medians)',
			unit: 'ms',
			figures: client.median - plain.median,
		},
		{
			measure: '  by the client, already read (its cache)',
			unit: 'ms',
			figures: summarize(overhead.cachedAlbum),
		},
	];
}

async function redactionRows({programs: {cli}, sandbox, walk, notes}: Bench): Promise<Row[]> {
	progress('redaction: what dist/cli.js writes for each ↓ in a terminal, redacted in this process');
	const cost = await timeRedactionPerFrame(cli, sandbox, walk);
	notes.push(
		'Redaction: the frames dist/cli.js wrote for 200 ↓ through the box set, each redacted 50 times by the redactor',
		'  every write passes (source/format/redact.ts), knowing no secret, and knowing a session’s fourteen.',
	);
	return [
		{
			measure: 'Redacting a frame, no secret known',
			unit: 'µs',
			figures: summarize(micro(cost.unknownSecrets)),
		},
		{measure: '  with a session’s secrets known', unit: 'µs', figures: summarize(micro(cost.knownSecrets))},
		{measure: '  characters in a frame', unit: 'count', figures: Math.round(cost.charactersPerFrame)},
	];
}

function micro(milliseconds: readonly number[]): number[] {
	return milliseconds.map((ms) => ms * 1000);
}

async function pollingRows({sandbox, config, notes}: Bench): Promise<Row[]> {
	progress(`polling: GET /me/player over ${pollingMinutes} minutes playing and paused, before and after`);
	const {before, after} = await measurePollingRates(sandbox, config);
	notes.push(
		`Polling: the player read by each policy for ${pollingMinutes} minutes of the sandbox’s time playing an album`,
		'  (repeating, so tracks end and start) and as long paused, counted by the sandbox; the clock is moved by',
		'  hand, every read a real request; figures are reads in each of those minutes. Before: the TUI’s',
		'  2 s / 5 s after each answer (use-playback.ts); after: source/player/polling-policy.ts.',
	);
	return [
		{
			measure: 'Player reads a minute, playing: before (2 s)',
			unit: 'requests',
			figures: summarize(before.playing),
		},
		{
			measure: '  after (the shared policy)',
			unit: 'requests',
			figures: summarize(after.playing),
			target: {text: '≤ 12 each minute', met: (figures) => figures.max <= 12},
		},
		{
			measure: 'Player reads a minute, paused: before (5 s)',
			unit: 'requests',
			figures: summarize(before.paused),
		},
		{
			measure: '  after (the shared policy)',
			unit: 'requests',
			figures: summarize(after.paused),
			target: {text: '≤ 3 each minute', met: (figures) => figures.max <= 3},
		},
	];
}

function tableRow({measure, unit, figures, target}: Row): string[] {
	const format = (value: number) => {
		switch (unit) {
			case 'ms': {
				return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
			}

			case 'µs': {
				return `${value.toFixed(1)} µs`;
			}

			case 'MB': {
				return `${value.toFixed(1)} MB`;
			}

			case '×': {
				return `${value.toFixed(2)}×`;
			}

			default: {
				return String(value);
			}
		}
	};

	if (typeof figures === 'number') {
		const met = target?.met(summarize([figures]));
		return [measure, format(figures), '', '', '', '', target?.text ?? '', metText(met)];
	}

	const met = target?.met(figures);
	return [
		measure,
		format(figures.median),
		format(figures.p95),
		format(figures.min),
		format(figures.max),
		String(figures.count),
		target?.text ?? '',
		metText(met),
	];
}

function metText(met: boolean | undefined): string {
	return met === undefined ? '' : met ? 'met' : 'missed';
}

/** When the token rounds kill `now` after the rotated answer, and how many rounds at each. */
const killDelaysMs = [0, 2, 4, 6, 8, 10, 12, 15, 20, 30];
const killRounds = 5;

async function tokenRows({programs: {cli}, sandbox, notes}: Bench): Promise<Row[]> {
	progress('tokens: a rotated refresh token from answer to disk; two processes refreshing at once; kills');
	watchAnswers();
	const window = await timeRotationWindow(sandbox, 200);
	const parallel = await countParallelRefreshes(cli, sandbox, {rounds: 30, processes: 2});
	const killed: Array<{delayMs: number; lost: number}> = [];
	for (const delayMs of killDelaysMs) {
		const {lost} = await countKilledRefreshes(cli, sandbox, {rounds: killRounds, delayMs: () => delayMs});
		killed.push({delayMs, lost});
	}

	const latestLoss = killed.filter(({lost}) => lost > 0).at(-1)?.delayMs;
	notes.push(
		'Tokens: the window is from the token answer reaching the process (its headers parsed) to tokens.json',
		'  renamed into place, in-process and warmed up, with rotation on; a kill inside it loses the login. The rounds',
		'  run the built `now` with a stale access token: two at the same moment, or one SIGKILLed a set time after',
		'  the answer reached its socket (a fresh process: cold code, and the flush to disk).',
		`  Logins lost of ${killRounds}, by the kill's delay: ${killed.map(({delayMs, lost}) => `${delayMs} ms ${lost}`).join(', ')}.`,
	);
	return [
		{measure: 'Rotated refresh token: answer → on disk', unit: 'ms', figures: summarize(window)},
		{
			measure: `  ${parallel.processes} × now at once, ${parallel.rounds} rounds: told "session expired"`,
			unit: 'count',
			figures: parallel.falseExpiries,
			target: {text: '0', met: () => parallel.falseExpiries === 0},
		},
		{measure: '  refresh requests in those rounds', unit: 'count', figures: parallel.refreshRequests},
		{
			measure: '  the built `now` SIGKILLed after the answer: latest kill that lost it',
			unit: 'ms',
			figures: latestLoss ?? 0,
		},
	];
}

function progress(text: string): void {
	process.stderr.write(`… ${text}\n`);
}
