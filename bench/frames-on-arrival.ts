import type {Sandbox} from '../source/sandbox/sandbox.js';
import type {RequestRecord} from '../source/sandbox/traffic.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';

/** One step of a session: from its key to the answer it waited for, and to the frame that shows it. */
export type StepTiming = {
	/** Milliseconds from the key to the end of the answer. */
	readonly answered: number;
	/** Milliseconds from the key to the output showing the result arriving in the terminal. */
	readonly drawn: number;
};

export type ArrivalFigures = {
	/** Search Enter → the first artists on the screen; the answer is GET /search. */
	readonly search: StepTiming[];
	/** Artist Enter → the first albums; the answer is the first page of GET /artists/{id}/albums. */
	readonly albums: StepTiming[];
	/** Album Enter → its tracks; the answer is GET /albums/{id}. */
	readonly tracks: StepTiming[];
};

type Walk = {readonly artistQuery: string; readonly albumName: string};

/**
 * The built CLI in a real terminal against `sandbox`, `runs` times, a fresh process each time so
 * that nothing is cached (after one search that matches nothing, so the client is loaded): search
 * the prolific artist, open their albums, open the box set. Each step is timed from its key to the
 * answer the sandbox sent and to the frame that showed it.
 */
export async function timeFramesOnArrival(
	cli: string,
	sandbox: Sandbox,
	walk: Walk,
	runs: number,
): Promise<ArrivalFigures> {
	const ended = recordAnswerEnds(sandbox);
	const figures: ArrivalFigures = {search: [], albums: [], tracks: []};
	try {
		for (let run = 0; run < runs; run += 1) {
			const {home, configPath, remove} = await loggedInHome(sandbox);
			const terminal = startTerminal(process.execPath, [cli, '--config', configPath], {
				env: {XDG_CONFIG_HOME: home},
			});
			try {
				await walkOnce(terminal, sandbox, walk, ended, figures);
				terminal.press('ctrl-c');
				await terminal.exit();
			} finally {
				terminal.dispose();
				await remove();
			}
		}
	} finally {
		ended.stop();
	}

	return figures;
}

async function walkOnce(
	terminal: Terminal,
	sandbox: Sandbox,
	{artistQuery, albumName}: Walk,
	ended: AnswerEnds,
	figures: ArrivalFigures,
): Promise<void> {
	await terminal.waitFor('Search artists:');
	// A search first that matches nothing: the client is loaded and warm, as after a minute of use.
	terminal.write('zzqqxx\r');
	await terminal.waitFor('No artist matches');
	terminal.write('/');
	await terminal.waitFor('Search artists:');
	terminal.write(artistQuery);
	await terminal.waitFor(`Search artists: ${artistQuery}`);
	figures.search.push(
		await timeStep(terminal, sandbox, ended, {
			key: '\r',
			shows: /^› \S/m,
			answer: (record) => record.path === '/v1/search',
		}),
	);
	figures.albums.push(
		await timeStep(terminal, sandbox, ended, {
			key: '\r',
			shows: /ALBUM\s+YEAR[^\n]*\n› \S/,
			answer: (record) =>
				/^\/v1\/artists\/[^/]+\/albums$/.test(record.path) && /offset=0(&|$)/.test(record.query),
		}),
	);
	// Every album is there before the filter, so the box set is found on every version of the app.
	await terminal.waitForGone(/Loading|⠋|⠙|⠹|⠸|⠼|⠴|⠦|⠧|⠇|⠏/, {timeoutMs: 20_000});
	terminal.write(`f${albumName.slice(0, 30)}\r`);
	await terminal.waitFor(`Filter: ${albumName.slice(0, 30)}`);
	figures.tracks.push(
		await timeStep(terminal, sandbox, ended, {
			key: '\r',
			shows: /#\s+TITLE\s+TIME[^\n]*\n› +1 /,
			answer: (record) => /^\/v1\/albums\/[^/]+$/.test(record.path),
		}),
	);
}

async function timeStep(
	terminal: Terminal,
	sandbox: Sandbox,
	ended: AnswerEnds,
	step: {key: string; shows: RegExp; answer: (record: RequestRecord) => boolean},
): Promise<StepTiming> {
	const before = sandbox.traffic.records.length;
	const drawn = terminal.shownAt(step.shows, {timeoutMs: 20_000});
	const pressed = performance.now();
	terminal.write(step.key);
	const shownAt = await drawn;
	const record = sandbox.traffic.records.slice(before).find((entry) => step.answer(entry));
	const answeredAt = record === undefined ? undefined : ended.at(record);
	if (answeredAt === undefined) {
		throw new Error(`no answer was recorded for ${String(step.shows)}`);
	}

	return {answered: answeredAt - pressed, drawn: shownAt - pressed};
}

type AnswerEnds = {at(record: RequestRecord): number | undefined; stop(): void};

/** When each request's answer was sent, read from the sandbox's own count of its traffic. */
function recordAnswerEnds(sandbox: Sandbox): AnswerEnds {
	const times = new WeakMap<RequestRecord, number>();
	const {traffic} = sandbox;
	const end = traffic.end.bind(traffic);
	traffic.end = (record, status) => {
		times.set(record, performance.now());
		end(record, status);
	};

	return {
		at: (record) => times.get(record),
		stop() {
			traffic.end = end;
		},
	};
}
