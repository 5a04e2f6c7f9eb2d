import {createRequire} from 'node:module';
import {stripVTControlCharacters} from 'node:util';
import type * as NodePty from 'node-pty';
import {peakResidentBytes} from './measure.js';

// node-pty is CommonJS without named ESM exports.
const {spawn} = createRequire(import.meta.url)('node-pty') as typeof NodePty;

export type Program = {
	readonly name: string;
	readonly file: string;
	readonly args: readonly string[];
	/** Text of the program's first frame: when it shows, the frame is drawn. */
	readonly shows: string;
	readonly env?: NodeJS.ProcessEnv;
};

const quitTimeoutMs = 5000;

/**
 * Milliseconds from starting each program in a 100×30 pseudo-terminal to its first frame, `runs`
 * times each, taking turns so that a slower moment of the machine falls on all of them alike.
 * One unmeasured run of each comes first, so the disk cache and Node's compile cache are as on
 * any launch after the first. Each run ends as a person ends it, with Ctrl-C.
 */
export async function timeFirstFrames(programs: readonly Program[], runs: number): Promise<FirstFrames[]> {
	const figures = programs.map((): FirstFrames => ({times: [], peakRss: []}));
	for (let run = 0; run <= runs; run += 1) {
		for (const [index, program] of programs.entries()) {
			const {elapsed, peakRss} = await timeFirstFrame(program);
			if (run > 0) {
				figures[index]?.times.push(elapsed);
				if (peakRss !== undefined) {
					figures[index]?.peakRss.push(peakRss);
				}
			}
		}
	}

	return figures;
}

export type FirstFrames = {
	/** Milliseconds to the first frame, run by run. */
	readonly times: number[];
	/** The program's peak resident memory by its first frame in bytes, where /proc tells it. */
	readonly peakRss: number[];
};

async function timeFirstFrame(program: Program): Promise<{elapsed: number; peakRss: number | undefined}> {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', ...program.env};
	// Ink draws only a last frame when it believes it runs in CI.
	delete env.CI;
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(program.file, [...program.args], {
			name: 'xterm-256color',
			cols: 100,
			rows: 30,
			env: env as Record<string, string>,
		});
		let output = '';
		let firstFrame: number | undefined;
		let peakRss: number | undefined;
		const giveUp = setTimeout(() => {
			child.kill('SIGKILL');
		}, quitTimeoutMs * 2);
		child.onData((data) => {
			output += data;
			if (firstFrame === undefined && stripVTControlCharacters(output).includes(program.shows)) {
				firstFrame = performance.now() - started;
				peakRss = peakResidentBytes(child.pid);
				child.write('\u0003');
			}
		});
		child.onExit(() => {
			clearTimeout(giveUp);
			if (firstFrame === undefined) {
				reject(new Error(`${program.name} never showed "${program.shows}"; it printed:\n${output}`));
			} else {
				resolve({elapsed: firstFrame, peakRss});
			}
		});
	});
}
