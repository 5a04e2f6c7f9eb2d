import {once} from 'node:events';
import {setTimeout as delay} from 'node:timers/promises';
import {Worker} from 'node:worker_threads';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {type WorkerAnswer, type WorkerMessage, wallClock} from './sandbox-worker.js';

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

type Walk = {readonly artistQuery: string; readonly albumName: string; readonly albumCount: number};

/** The sandbox on its own thread, and the answers it has sent. */
type Server = {readonly worker: Worker; readonly answers: WorkerAnswer[]};

/**
 * The built CLI in a real terminal, `runs` times, a fresh process each time so that nothing is
 * cached (after one search that matches nothing, so the client is loaded): search the prolific
 * artist, open their albums, open the box set. Each step is timed from its key to the end of the
 * answer it waits for and to the frame that shows it reaching the terminal. The sandbox serves
 * from a thread of its own, so its work does not delay reading the terminal.
 */
export async function timeFramesOnArrival(cli: string, walk: Walk, runs: number): Promise<ArrivalFigures> {
	const worker = new Worker(new URL('sandbox-worker.js', import.meta.url));
	const server: Server = {worker, answers: []};
	worker.on('message', (message: WorkerMessage) => {
		if (message.kind === 'answer') {
			server.answers.push(message);
		}
	});
	const figures: ArrivalFigures = {search: [], albums: [], tracks: []};
	try {
		for (let run = 0; run < runs; run += 1) {
			worker.postMessage('home');
			const home = await nextMessage(worker, 'home');
			const terminal = startTerminal(process.execPath, [cli, '--config', home.configPath], {
				env: {XDG_CONFIG_HOME: home.home},
			});
			try {
				await walkOnce(terminal, server, walk, figures);
				terminal.press('ctrl-c');
				await terminal.exit();
			} finally {
				terminal.dispose();
			}
		}
	} finally {
		worker.postMessage('close');
		await nextMessage(worker, 'closed');
		await worker.terminate();
	}

	return figures;
}

async function nextMessage<Kind extends WorkerMessage['kind']>(
	worker: Worker,
	kind: Kind,
): Promise<Extract<WorkerMessage, {kind: Kind}>> {
	for (;;) {
		const [message] = (await once(worker, 'message')) as [WorkerMessage];
		if (message.kind === kind) {
			return message as Extract<WorkerMessage, {kind: Kind}>;
		}
	}
}

async function walkOnce(
	terminal: Terminal,
	server: Server,
	{artistQuery, albumName, albumCount}: Walk,
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
		await timeStep(terminal, server, {
			key: '\r',
			shows: /^› \S/m,
			answer: ({path}) => path === '/v1/search',
		}),
	);
	figures.albums.push(
		await timeStep(terminal, server, {
			key: '\r',
			shows: /ALBUM\s+YEAR[^\n]*\n› \S/,
			answer: ({path, query}) => /^\/v1\/artists\/[^/]+\/albums$/.test(path) && /offset=0(&|$)/.test(query),
		}),
	);
	// Every album is there before the filter: the title counts them (the app before its store showed
	// nothing until then) and the position stands alone once no more are loading.
	await terminal.waitFor(new RegExp(`· ${albumCount}( albums +1/${albumCount})?\\s*$`, 'm'), {
		timeoutMs: 20_000,
	});
	terminal.write(`f${albumName.slice(0, 30)}\r`);
	await terminal.waitFor(`Filter: ${albumName.slice(0, 30)}`);
	figures.tracks.push(
		await timeStep(terminal, server, {
			key: '\r',
			shows: /#\s+TITLE\s+TIME[^\n]*\n› +1 /,
			answer: ({path}) => /^\/v1\/albums\/[^/]+$/.test(path),
		}),
	);
}

async function timeStep(
	terminal: Terminal,
	server: Server,
	step: {key: string; shows: RegExp; answer: (answer: WorkerAnswer) => boolean},
): Promise<StepTiming> {
	const before = server.answers.length;
	const drawn = terminal.shownAt(step.shows, {timeoutMs: 20_000});
	const pressedAt = wallClock();
	const pressed = performance.now();
	terminal.write(step.key);
	const shownAt = await drawn;
	// The worker tells of its answer by a message that can come after the terminal has shown it.
	const answer = await recordedAnswer(server, before, step.answer);
	if (answer === undefined) {
		throw new Error(`no answer was recorded for ${String(step.shows)}`);
	}

	return {answered: answer.at - pressedAt, drawn: shownAt - pressed};
}

async function recordedAnswer(
	server: Server,
	from: number,
	wanted: (answer: WorkerAnswer) => boolean,
): Promise<WorkerAnswer | undefined> {
	const deadline = performance.now() + 5000;
	for (;;) {
		const answer = server.answers.slice(from).find((entry) => wanted(entry));
		if (answer !== undefined || performance.now() > deadline) {
			return answer;
		}

		await Promise.race([once(server.worker, 'message'), delay(deadline - performance.now())]);
	}
}
