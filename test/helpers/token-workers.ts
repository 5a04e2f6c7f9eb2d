import {type ChildProcess, fork} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, afterEach, beforeAll} from 'vitest';
import type {WorkerAnswer, WorkerRequest, WorkerSetup} from '../auth/token-worker.js';

export type TokenWorker = {
	readonly child: ChildProcess;
	ask(request: WorkerRequest): Promise<WorkerAnswer>;
	/** SIGKILL, as a crash or `kill -9` ends a process, and wait for it to be gone. */
	kill(): Promise<void>;
};

/**
 * Bundles test/auth/token-worker.ts once for the file, and starts copies of it as real processes
 * that share one token store; every worker is killed after its test.
 */
export function withTokenWorkers(): (setup: WorkerSetup) => TokenWorker {
	let directory = '';
	let script = '';
	const running = new Set<ChildProcess>();
	beforeAll(async () => {
		directory = await mkdtemp(join(tmpdir(), 'musicterminal-worker-'));
		script = join(directory, 'token-worker.mjs');
		await build({
			entryPoints: [fileURLToPath(new URL('../auth/token-worker.ts', import.meta.url))],
			outfile: script,
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node22.12',
			logLevel: 'warning',
			banner: {
				js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
			},
		});
	});
	afterEach(() => {
		for (const child of running) {
			child.kill('SIGKILL');
		}

		running.clear();
	});
	afterAll(async () => {
		await rm(directory, {recursive: true, force: true});
	});

	return (setup) => {
		const child = fork(script, [JSON.stringify(setup)], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		running.add(child);
		const exited = once(child, 'exit');
		return {
			child,
			async ask(request) {
				const answered = once(child, 'message') as Promise<[WorkerAnswer]>;
				child.send(request);
				const [message] = await Promise.race([
					answered,
					exited.then(() => {
						throw new Error('the token worker exited before answering');
					}),
				]);
				return message;
			},
			async kill() {
				child.kill('SIGKILL');
				await exited;
				running.delete(child);
			},
		};
	};
}
