// How every shipped program is bundled: ESM for Node, production React, minified, no devtools,
// and code that only some paths need split into chunks loaded on those paths.
import {chmod, readFile, rm} from 'node:fs/promises';
import {dirname, join} from 'node:path';
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
 * Ink turns every line of a frame into styled cells and measures them, with caches that last one
 * frame; moving through a list redraws mostly the same lines. Kept across frames (and emptied when
 * they grow large), those caches save most of a keypress's render.
 * @type {import('esbuild').Plugin}
 */
const inkOutputCachesAcrossFrames = {
	name: 'ink-output-caches-across-frames',
	setup(build) {
		build.onLoad({filter: /[/\\]ink[/\\]build[/\\]output\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const perFrame = 'caches = new OutputCaches();';
			if (source.split(perFrame).length !== 2) {
				throw new Error(`${path}: expected Ink's per-frame output caches once; review this plugin`);
			}

			return {
				contents: `${source.replace(perFrame, 'caches = outputCachesAcrossFrames();')}
let lastingCaches;
function outputCachesAcrossFrames() {
	const size = lastingCaches === undefined ? Infinity : lastingCaches.styledChars.size + lastingCaches.widths.size + lastingCaches.blockWidths.size;
	if (size > 10000) {
		lastingCaches = new OutputCaches();
	}
	return lastingCaches;
}
`,
				loader: 'js',
			};
		});
	},
};

/**
 * Ink measures the width of every text on every frame; outside ASCII, string-width segments it
 * into graphemes and tests each against Unicode property patterns. The same texts come back frame
 * after frame, so every import of string-width gets the same function with its answers kept
 * (emptied when they grow large).
 * @type {import('esbuild').Plugin}
 */
const stringWidthRemembered = {
	name: 'string-width-remembered',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, async ({path, kind, importer, resolveDir, pluginData}) => {
			if (pluginData?.unwrapped) {
				return undefined;
			}

			const resolved = await build.resolve(path, {kind, importer, resolveDir, pluginData: {unwrapped: true}});
			return resolved.errors.length > 0
				? {errors: resolved.errors}
				: {path: resolved.path, namespace: 'string-width-remembered'};
		});
		build.onLoad({filter: /.*/, namespace: 'string-width-remembered'}, ({path}) => ({
			contents: `import stringWidth from ${JSON.stringify(path)};
const widths = new Map();
export default function rememberedStringWidth(text, options) {
	if (options !== undefined) {
		return stringWidth(text, options);
	}
	let width = widths.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (widths.size >= 10000) {
			widths.clear();
		}
		widths.set(text, width);
	}
	return width;
}
`,
			resolveDir: dirname(path),
			loader: 'js',
		}));
	},
};

/**
 * Ink writes each frame back out cell by cell, working out the escape codes between neighbours;
 * most neighbours share their style, and between equal styles there is nothing to write.
 * @type {import('esbuild').Plugin}
 */
const sameStyleNoCodes = {
	name: 'same-style-no-codes',
	setup(build) {
		build.onResolve({filter: /^\.\/diff\.js$/}, ({importer, resolveDir}) =>
			/[/\\]@alcalzone[/\\]ansi-tokenize[/\\]/.test(importer)
				? {path: join(resolveDir, 'diff.js'), namespace: 'same-style-no-codes'}
				: undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'same-style-no-codes'}, ({path}) => ({
			contents: `import {diffAnsiCodes as diffDifferent} from ${JSON.stringify(path)};
export function diffAnsiCodes(from, to) {
	if (from.length === to.length && from.every((code, index) => code.code === to[index].code && code.endCode === to[index].endCode)) {
		return [];
	}
	return diffDifferent(from, to);
}
`,
			resolveDir: dirname(path),
			loader: 'js',
		}));
	},
};

/**
 * conf loads, for every store, what only some need: ajv (a JSON Schema compiler) for a schema,
 * semver for migrations, node:crypto for encryption. The token store uses none of them, and they
 * are most of what reading the login costs at start-up. Here ajv and semver fail at once, saying
 * so, should a store ever ask for them; node:crypto loads when first used.
 * @type {import('esbuild').Plugin}
 */
const confWithoutUnusedFeatures = {
	name: 'conf-without-unused-features',
	setup(build) {
		const leftOut = (feature) => `function leftOut() {
	throw new Error("conf's ${feature} is not in musicterminal's bundle: open the store without it");
}`;
		const stubs = {
			'ajv/dist/2020.js': `${leftOut('schema validation (ajv)')}
export class Ajv2020 {
	constructor() {
		leftOut();
	}
}`,
			'ajv-formats': `${leftOut('schema validation (ajv)')}
export default {default: leftOut};`,
			semver: `${leftOut('migrations (semver)')}
export default new Proxy({}, {get: leftOut});`,
			'node:crypto': `import {createRequire} from 'node:module';
const require = createRequire(import.meta.url);
export default new Proxy({}, {get: (_, name) => require('node:crypto')[name]});`,
		};
		build.onResolve({filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver|node:crypto)$/}, ({path, importer}) =>
			/[/\\]node_modules[/\\]conf[/\\]/.test(importer)
				? {path, namespace: 'conf-without-unused-features'}
				: undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'conf-without-unused-features'}, ({path}) => ({
			contents: stubs[path],
			loader: 'js',
		}));
	},
};

/**
 * Bundles each entry (`{name: sourcePath}`) into the executable `outdir/name.js`; code they share
 * or import on demand goes to `outdir/chunks/`.
 * @param {Record<string, string>} entries
 * @param {string} outdir
 * @param {{external?: string[]}} [options] packages to leave out and import at run time
 */
export async function bundle(entries, outdir, {external = []} = {}) {
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
		external,
		plugins: [
			withoutDevtools,
			yogaWithoutFetch,
			inkOutputCachesAcrossFrames,
			stringWidthRemembered,
			sameStyleNoCodes,
			confWithoutUnusedFeatures,
		],
		banner: {
			// Bundled CommonJS dependencies still call require() for Node's built-in modules.
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	await Promise.all(Object.keys(entries).map(async (name) => chmod(join(outdir, `${name}.js`), 0o755)));
}
