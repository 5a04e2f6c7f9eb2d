// Bundles the CLI into one executable ESM file at dist/cli.js.
import {chmod} from 'node:fs/promises';
import {build} from 'esbuild';

const outfile = 'dist/cli.js';

/** @type {import('esbuild').Plugin} */
const withoutDevtools = {
	name: 'without-react-devtools',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({
			path: 'react-devtools-core',
			namespace: 'stub',
		}));
		build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {};', loader: 'js'}));
	},
};

await build({
	entryPoints: ['source/cli.tsx'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20.19',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink loads its devtools bridge only when DEV=true; the bundle ships an empty stand-in.
	plugins: [withoutDevtools],
	banner: {
		js: [
			'#!/usr/bin/env node',
			// Bundled CommonJS dependencies still call require() for Node's built-in modules.
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	logLevel: 'warning',
});
await chmod(outfile, 0o755);
