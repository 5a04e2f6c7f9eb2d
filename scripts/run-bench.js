// `npm run bench`: bundles scripts/bench/main.ts with esbuild (as the CLI is built) and runs it.
import {mkdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

// Inside node_modules, so the bundle's imports of packages resolve to this project's.
const directory = join('node_modules', '.cache', 'musicterminal-bench');
const outfile = join(directory, 'bench.mjs');
await mkdir(directory, {recursive: true});
try {
	await build({
		entryPoints: ['scripts/bench/main.ts'],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20.19',
		packages: 'external',
		logLevel: 'warning',
	});
	await import(pathToFileURL(join(process.cwd(), outfile)).href);
} finally {
	await rm(directory, {recursive: true, force: true});
}
