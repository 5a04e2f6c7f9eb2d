#!/usr/bin/env node
// The executable's first module: small, and written so that an older Node can read it, so that
// one is told what to install before it meets the app's code.
import module from 'node:module';
import {isSupportedNode, oldestNode} from './node-support.js';

if (!isSupportedNode(process.version)) {
	process.stderr.write(
		`musicterminal: this is Node.js ${process.version}, and musicterminal needs Node.js ${oldestNode} or newer. Install Node.js 24 (the current LTS line) or 22, then run musicterminal again.\n`,
	);
	process.exit(1);
}

// The compiled app is kept between runs (in the OS temp dir), so later starts skip compiling it.
module.enableCompileCache();
await import('./cli.js');
