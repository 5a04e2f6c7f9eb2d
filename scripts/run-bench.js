// `npm run bench`: builds the CLI, the trivial Ink app it is compared with, and the benchmark,
// all bundled the same way, then runs the benchmark: every section, or those named
// (`npm run bench -- keypress session`). The CLI is built into a folder of its own, as dist/ is,
// so that a bench leaves dist/ to the tests running beside it.
import {mkdir, mkdtemp, rm} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {bundle} from './bundle.js';

// Inside node_modules, so the benchmark's own external packages resolve to this project's; a folder
// of its own for each run, so two benches can run side by side.
await mkdir(join('node_modules', '.cache'), {recursive: true});
const directory = await mkdtemp(join('node_modules', '.cache', 'musicterminal-bench-'));
try {
	await bundle({cli: 'source/bin.ts'}, join(directory, 'cli'));
	await bundle({trivial: 'bench/trivial-list-app.tsx'}, join(directory, 'trivial'));
	await bundle(
		{
			bench: 'bench/main.ts',
			'sandbox-worker': 'bench/sandbox-worker.ts',
			'memory-probe': 'bench/memory-probe.ts',
		},
		join(directory, 'bench'),
		{
			external: ['node-pty', '@xterm/headless'],
		},
	);
	// Ink, imported by the benchmark itself, draws only a last frame when it believes it runs in CI.
	delete process.env.CI;
	const {runBench} = await import(pathToFileURL(resolve(directory, 'bench', 'bench.js')).href);
	await runBench({
		cli: resolve(directory, 'cli', 'cli.js'),
		trivialApp: resolve(directory, 'trivial', 'trivial.js'),
		sections: process.argv.slice(2),
	});
} catch (error) {
	// A usage mistake as its message; otherwise the stack only, as Node would print the whole line
	// of the minified bundle where it was thrown.
	console.error(
		error instanceof Error ? (error.name === 'BenchUsageError' ? error.message : error.stack) : error,
	);
	process.exitCode = 1;
} finally {
	await rm(directory, {recursive: true, force: true});
}
