import {type ChildProcess, spawn} from 'node:child_process';
import {once} from 'node:events';
import {fileURLToPath} from 'node:url';
import {afterEach} from 'vitest';

/** The built CLI, as `npm test` leaves it before the tests run. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliProcess = {
	readonly child: ChildProcess;
	/** Writes to the CLI's standard input. */
	type(text: string): void;
	stdout(): string;
	stderr(): string;
	/** Resolves once stderr (or stdout) contains `text`; rejects if the process ends first. */
	waitFor(text: string, stream?: 'stdout' | 'stderr'): Promise<void>;
	exit(): Promise<number | null>;
};

const running = new Set<ChildProcess>();

afterEach(() => {
	for (const child of running) {
		child.kill('SIGKILL');
	}

	running.clear();
});

/** Starts `node dist/cli.js ...args` with pipes; every process is killed after its test. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliProcess {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, ...env},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	running.add(child);
	const output = {stdout: '', stderr: ''};
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
		output.stdout += chunk;
	});
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
		output.stderr += chunk;
	});
	const exited = once(child, 'exit').then(([code]) => {
		running.delete(child);
		return code as number | null;
	});

	return {
		child,
		type: (text) => child.stdin?.write(text),
		stdout: () => output.stdout,
		stderr: () => output.stderr,
		waitFor(text, stream = 'stdout') {
			return new Promise((resolve, reject) => {
				const source = stream === 'stderr' ? child.stderr : child.stdout;
				const check = () => {
					if (output[stream].includes(text)) {
						source?.off('data', check);
						resolve();
					}
				};

				source?.on('data', check);
				check();
				void exited.then(() => {
					reject(new Error(`the CLI exited before printing ${JSON.stringify(text)}:\n${output.stderr}`));
				});
			});
		},
		exit: () => exited,
	};
}
