// A sandbox on a thread of its own, for timing frames: serving pages costs it CPU, which must not
// hold up the thread that reads the terminal. It tells each answer's end as it is sent.
import {parentPort} from 'node:worker_threads';
import {startSandbox} from '../source/sandbox/sandbox.js';
import {type LoggedInHome, loggedInHome} from './logged-in-home.js';

export type WorkerAnswer = {
	readonly kind: 'answer';
	readonly path: string;
	readonly query: string;
	readonly at: number;
};
export type WorkerMessage =
	| WorkerAnswer
	| {readonly kind: 'home'; readonly home: string; readonly configPath: string}
	| {readonly kind: 'closed'};

/** Milliseconds since the epoch, to the fraction, comparable across threads. */
export function wallClock(): number {
	return performance.timeOrigin + performance.now();
}

const port = parentPort;
if (port !== null) {
	const sandbox = await startSandbox();
	const homes: LoggedInHome[] = [];
	const end = sandbox.traffic.end.bind(sandbox.traffic);
	sandbox.traffic.end = (record, status) => {
		end(record, status);
		port.postMessage({
			kind: 'answer',
			path: record.path,
			query: record.query,
			at: wallClock(),
		} satisfies WorkerMessage);
	};

	port.on('message', (asked: 'home' | 'close') => {
		if (asked === 'home') {
			void loggedInHome(sandbox).then((home) => {
				homes.push(home);
				port.postMessage({
					kind: 'home',
					home: home.home,
					configPath: home.configPath,
				} satisfies WorkerMessage);
			});
		} else {
			void Promise.all([sandbox.close(), ...homes.map(async (home) => home.remove())]).then(() => {
				port.postMessage({kind: 'closed'} satisfies WorkerMessage);
			});
		}
	});
}
