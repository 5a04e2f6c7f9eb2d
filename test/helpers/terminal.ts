import {afterEach} from 'vitest';
import {cliPath, startTerminal, type Terminal, type TerminalOptions} from './pseudo-terminal.js';

export type {Terminal} from './pseudo-terminal.js';

const running = new Set<Terminal>();

afterEach(() => {
	for (const terminal of running) {
		terminal.dispose();
	}

	running.clear();
});

/** The built CLI in a pseudo-terminal, run by this Node, and killed after its test. */
export function startCliInTerminal(args: readonly string[], options: TerminalOptions = {}): Terminal {
	const terminal = startTerminal(process.execPath, [cliPath, ...args], options);
	running.add(terminal);
	return terminal;
}
