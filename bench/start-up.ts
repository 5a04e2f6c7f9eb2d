import {createRequire} from 'node:module';
import {stripVTControlCharacters} from 'node:util';
import type * as NodePty from 'node-pty';

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
export async function timeFirstFrames(programs: readonly Program[], runs: number): Promise<number[][]> {
	const times = programs.map((): number[] => []);
	for (let run = 0; run <= runs; run += 1) {
		for (const [index, program] of programs.entries()) {
			const elapsed = await timeFirstFrame(program);
			if (run > 0) {
				times[index]?.push(elapsed);
			}
		}
	}

	return times;
}

async function timeFirstFrame(program: Program): Promise<number> {
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
		const giveUp = setTimeout(() => {
			child.kill('SIGKILL');
		}, quitTimeoutMs * 2);
		child.onData((data) => {
			output += data;
			if (firstFrame === undefined && stripVTControlCharacters(output).includes(program.shows)) {
				firstFrame = performance.now() - started;
				child.write('\u0003');
			}
		});
		child.onExit(() => {
			clearTimeout(giveUp);
			if (firstFrame === undefined) {
				reject(new Error(`${program.name} never showed "${program.shows}"; it printed:\n${output}`));
			} else {
				resolve(firstFrame);
			}
		});
	});
}
