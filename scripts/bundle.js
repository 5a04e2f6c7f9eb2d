// How every shipped program is bundled: ESM for Node, production React, minified, and code that
// only some paths need split into chunks loaded on those paths. Every package it uses is bundled as
// installed, unchanged, so the tests and the bundle run the same code, and dist/ needs nothing
// from node_modules: the package has no dependencies to install.
import {chmod, copyFile, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {build} from 'esbuild';

/**
 * Ink loads its devtools bridge (react-devtools-core, and ws for it) only when DEV=true. Left out
 * of the bundle, that import fails and Ink says how to install them, as it does unbundled.
 */
const devtoolsOnly = ['react-devtools-core', 'ws'];

/**
 * Bundles each entry (`{name: sourcePath}`) into the executable `outdir/name.js`; code they share
 * or import on demand goes to `outdir/chunks/`. Beside them: the licences of the packages bundled,
 * and the files those packages read from their own folder at run time.
 * @param {Record<string, string>} entries
 * @param {string} outdir
 * @param {{external?: string[]}} [options] packages to leave out and import at run time
 */
export async function bundle(entries, outdir, {external = []} = {}) {
	await rm(outdir, {recursive: true, force: true});
	const {metafile} = await build({
		entryPoints: Object.entries(entries).map(([name, path]) => ({in: path, out: name})),
		outdir,
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		platform: 'node',
		format: 'esm',
		target: 'node22.12',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		minify: true,
		external: [...devtoolsOnly, ...external],
		banner: {
			// Bundled CommonJS dependencies still call require() for Node's built-in modules.
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
		metafile: true,
		logLevel: 'warning',
	});
	await Promise.all(Object.keys(entries).map(async (name) => chmod(join(outdir, `${name}.js`), 0o755)));
	await copyFilesReadAtRunTime(metafile);
	await writeLicences(metafile, join(outdir, 'THIRD-PARTY-LICENSES.txt'));
}

/**
 * `open` starts its own copy of xdg-open, from beside its code, where the system has none: it goes
 * beside the chunk that holds that code.
 */
async function copyFilesReadAtRunTime(metafile) {
	for (const [output, {inputs}] of Object.entries(metafile.outputs)) {
		if (Object.keys(inputs).some((input) => input.endsWith('node_modules/open/index.js'))) {
			const copy = join(dirname(output), 'xdg-open');
			await copyFile(join('node_modules', 'open', 'xdg-open'), copy);
			await chmod(copy, 0o755);
		}
	}
}

/** The licence of every package whose code is in the bundle, as their licences ask. */
async function writeLicences(metafile, path) {
	const packages = new Set();
	for (const input of Object.keys(metafile.inputs)) {
		const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
		if (match?.[1] !== undefined) {
			packages.add(match[1]);
		}
	}

	const sections = [];
	for (const name of [...packages].sort()) {
		const folder = join('node_modules', name);
		const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
		const licenceFile = (await readdir(folder)).find((file) => /^(?:licen[cs]e|copying)/i.test(file));
		const text = licenceFile === undefined ? '' : (await readFile(join(folder, licenceFile), 'utf8')).trim();
		sections.push(`${name}@${manifest.version} (${manifest.license ?? 'see its package'})\n\n${text}`);
	}

	await writeFile(
		path,
		`musicterminal bundles the code of these packages, under their own licences.\n\n${sections.join(`\n\n${'─'.repeat(72)}\n\n`)}\n`,
	);
}
