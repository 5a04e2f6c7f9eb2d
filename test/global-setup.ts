// Before any test: dist/ is built from the source as it is now, so end-to-end tests never drive a
// stale build. Skipped when dist/cli.js is newer than every file it is built from.
import {readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {bundle} from '../scripts/bundle.js';

const builtFrom = ['source', 'scripts/bundle.js', 'scripts/build.js', 'package.json', 'package-lock.json'];

async function newestChange(path: string): Promise<number> {
	const info = await stat(path);
	if (!info.isDirectory()) {
		return info.mtimeMs;
	}

	const entries = await readdir(path);
	const times = await Promise.all(entries.map(async (entry) => newestChange(join(path, entry))));
	return Math.max(info.mtimeMs, ...times);
}

async function builtAt(): Promise<number> {
	try {
		return (await stat('dist/cli.js')).mtimeMs;
	} catch {
		return 0;
	}
}

export default async function buildWhenStale(): Promise<void> {
	const [built, ...sources] = await Promise.all([builtAt(), ...builtFrom.map(newestChange)]);
	if (sources.some((time) => time > built)) {
		const started = performance.now();
		await bundle({cli: 'source/bin.ts'}, 'dist');
		console.log(
			`dist/ was older than the source: built again in ${Math.round(performance.now() - started)} ms`,
		);
	}
}
