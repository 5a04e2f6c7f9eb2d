// How every shipped program is bundled: ESM for Node, production React, minified, no devtools,
// and code that only some paths need split into chunks loaded on those paths.
import {chmod, readFile, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {build} from 'esbuild';

/** @type {import('esbuild').Plugin} */
const withoutDevtools = {
	name: 'without-ink-devtools',
	setup(build) {
		// Ink imports its devtools bridge (and through it react-devtools-core and ws) only when DEV=true.
		build.onResolve({filter: /^\.\/devtools\.js$/}, ({importer}) =>
			/[/\\]node_modules[/\\]ink[/\\]/.test(importer) ? {path: 'ink-devtools', namespace: 'stub'} : undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/**
 * Ink's layout engine, yoga-layout, carries its WebAssembly as base64 and, where `fetch` exists,
 * decodes it by fetching a data: URL. On Node that first fetch loads undici, a large part of an
 * Ink app's start-up. Built without `fetch` in sight, it decodes the same bytes directly.
 * @type {import('esbuild').Plugin}
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\][^/\\]+\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const checks = source.split('"function"!=typeof fetch').length - 1;
			if (checks !== 2) {
				throw new Error(
					`${path}: expected yoga-layout's two fetch checks, found ${checks}; review this plugin`,
				);
			}

			return {contents: source.replaceAll('"function"!=typeof fetch', 'true'), loader: 'js'};
		});
	},
};

/**
 * Bundles each entry (`{name: sourcePath}`) into the executable `outdir/name.js`; code they share
 * or import on demand goes to `outdir/chunks/`.
 * @param {Record<string, string>} entries
 * @param {string} outdir
 */
export async function bundle(entries, outdir) {
	await rm(outdir, {recursive: true, force: true});
	await build({
		entryPoints: Object.entries(entries).map(([name, path]) => ({in: path, out: name})),
		outdir,
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		platform: 'node',
		format: 'esm',
		target: 'node20.19',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		minify: true,
		plugins: [withoutDevtools, yogaWithoutFetch],
		banner: {
			// Bundled CommonJS dependencies still call require() for Node's built-in modules.
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	await Promise.all(Object.keys(entries).map(async (name) => chmod(join(outdir, `${name}.js`), 0o755)));
}
