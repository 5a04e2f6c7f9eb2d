// How every shipped program is bundled: ESM for Node, production React, minified, and code that
// only some paths need split into chunks loaded on those paths. The dependencies are bundled as
// installed, with the patches in patches/ applied (`npm ci` applies them), so the tests and the
// bundle run the same code.
import {chmod, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {build} from 'esbuild';

/**
 * Ink loads its devtools bridge (react-devtools-core, and ws for it) only when DEV=true. Left out
 * of the bundle, that import fails and Ink says how to install them, as it does unbundled.
 */
const devtoolsOnly = ['react-devtools-core', 'ws'];

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
		external: [...devtoolsOnly, ...external],
		banner: {
			// Bundled CommonJS dependencies still call require() for Node's built-in modules.
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	await Promise.all(Object.keys(entries).map(async (name) => chmod(join(outdir, `${name}.js`), 0o755)));
}
