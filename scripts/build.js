// Bundles the CLI into dist/: the executable dist/cli.js and the chunks it loads.
import {bundle} from './bundle.js';

await bundle({cli: 'source/bin.ts'}, 'dist');
