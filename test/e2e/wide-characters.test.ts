import {describe, expect, test} from 'vitest';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startCliInTerminal} from '../helpers/terminal.js';

// The sandbox's artist whose names join emoji (a family, skin tones, flags, keycaps, a rainbow flag,
// a heart on fire), drawn as xterm.js draws by default (Unicode 6, an emoji a column) and as xterm
// and tmux draw (code point by code point, a family eight columns): no row may run past the edge.
describe('names with emoji sequences in a real terminal', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);

	for (const drawsCodePoints of [false, true]) {
		test(`${drawsCodePoints ? 'code point by code point' : 'by Unicode 6'}: every row fits, the times end at the edge`, async () => {
			const terminal = startCliInTerminal(['--config', session().configPath], {
				env: session().env,
				drawsCodePoints,
			});
			await terminal.waitFor('Search artists:');
			terminal.write('Family Band\r');
			await terminal.waitFor(/^› .*Family Band/m);
			terminal.press('enter');
			await terminal.waitFor(/ALBUM\s+YEAR[\s\S]*^› .*Countdown/m);
			terminal.press('enter');
			// The last row whole, its time drawn: every row is there to count.
			await terminal.waitFor(/#\s+TITLE\s+TIME[\s\S]*Hash.* \d+:\d\d$/m);
			expect(terminal.wrappedRows(), terminal.screen()).toBe(0);
			const times = terminal
				.screen()
				.split('\n')
				.filter((line) => /^[› ] +\d+ /.test(line));
			expect(times).toHaveLength(5);
			if (drawsCodePoints) {
				// Drawn as counted, each row reaches the last column, its time right-aligned there.
				for (const line of times) {
					expect(line, line).toMatch(/ \d+:\d\d$/);
				}
			}

			terminal.press('down');
			terminal.press('enter');
			// The bar whole, to its progress line: any row it wrapped is drawn by then.
			await terminal.waitFor(/^▶ .*Orbit.*\n.* \d+:\d\d \/ /m);
			expect(terminal.wrappedRows(), terminal.screen()).toBe(0);
			terminal.press('q');
			expect(await terminal.exit()).toBe(0);
		});
	}
});
