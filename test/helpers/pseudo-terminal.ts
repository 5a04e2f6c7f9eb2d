import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type * as XtermHeadless from '@xterm/headless';
import type * as NodePty from 'node-pty';
import {codePointWidths} from './code-point-widths.js';

// Both packages are CommonJS without named ESM exports.
const require = createRequire(import.meta.url);
const {spawn} = require('node-pty') as typeof NodePty;
const {Terminal: VirtualScreen} = require('@xterm/headless') as typeof XtermHeadless;

export type TerminalOptions = {
	cols?: number;
	rows?: number;
	env?: NodeJS.ProcessEnv;
	cwd?: string;
	/** Draw characters as xterm does, code point by code point (code-point-widths.ts), not by Unicode 6. */
	drawsCodePoints?: boolean;
};

export type Terminal = {
	/** The visible screen as plain text: one line per row, trimmed at the right. */
	screen(): string;
	/** Resolves once the screen shows `text`; rejects after `timeoutMs` with the screen in the message. */
	waitFor(text: string | RegExp, options?: {timeoutMs?: number}): Promise<void>;
	waitForGone(text: string | RegExp, options?: {timeoutMs?: number}): Promise<void>;
	/**
	 * Like waitFor, resolving with when (performance.now()) the output that made the screen show
	 * `text` arrived from the program, before the virtual screen read it: for timing a frame.
	 */
	shownAt(text: string | RegExp, options?: {timeoutMs?: number}): Promise<number>;
	/** Types raw input. */
	write(data: string): void;
	/** A named key (`enter`, `down`, `ctrl-c`, …) or a single character. */
	press(key: string): void;
	resize(cols: number, rows: number): void;
	/** Every window title the program set (OSC 0 or 2), in order. */
	titles(): readonly string[];
	/** How often the program erased the whole screen (CSI 2 J or CSI 3 J). */
	screenClears(): number;
	/** Rows on the screen that continue the row above: text that ran past the right edge. */
	wrappedRows(): number;
	/** Characters the program has written to the terminal so far. */
	received(): number;
	/** Everything the program has written to the terminal so far, escape sequences and all. */
	written(): string;
	exit(): Promise<number>;
	/** The process id, to read its memory. */
	readonly pid: number;
	/** Kills the process if it still runs, and frees the screen. */
	dispose(): void;
};

const keySequences: Record<string, string> = {
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	tab: '\t',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	space: ' ',
	'ctrl-c': '\u0003',
};

/** The built CLI, as `npm run build` leaves it. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * Runs `file` in a real pseudo-terminal and keeps a virtual screen of what it draws, so a test
 * reads the terminal as a person would see it.
 */
export function startTerminal(
	file: string,
	args: readonly string[],
	options: TerminalOptions = {},
): Terminal {
	const cols = options.cols ?? 100;
	const rows = options.rows ?? 30;
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', ...options.env};
	// Ink draws only a final frame when it believes it runs in CI.
	delete env.CI;
	const screen = new VirtualScreen({cols, rows, allowProposedApi: true});
	if (options.drawsCodePoints === true) {
		screen.unicode.register(codePointWidths);
		screen.unicode.activeVersion = codePointWidths.version;
	}

	const child = spawn(file, [...args], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env: env as Record<string, string>,
	});
	const titles: string[] = [];
	let screenClears = 0;
	screen.onTitleChange((title) => {
		titles.push(title);
	});
	screen.parser.registerCsiHandler({final: 'J'}, (params) => {
		if (params[0] === 2 || params[0] === 3) {
			screenClears += 1;
		}

		// Not handled here: the screen still acts on it as a terminal would.
		return false;
	});
	const watchers = new Set<() => void>();
	// When the output the screen is reading now arrived.
	let arrivedAt = performance.now();
	let exitCode: number | undefined;
	const exited = new Promise<number>((resolve) => {
		child.onExit(({exitCode: code}) => {
			exitCode = code;
			resolve(code);
		});
	});
	let received = 0;
	const chunks: string[] = [];
	child.onData((data) => {
		const arrived = performance.now();
		received += data.length;
		chunks.push(data);
		screen.write(data, () => {
			arrivedAt = arrived;
			for (const check of watchers) {
				check();
			}
		});
	});
	const dispose = () => {
		if (exitCode === undefined) {
			child.kill('SIGKILL');
		}

		screen.dispose();
	};

	const text = (): string => {
		const buffer = screen.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < screen.rows; row += 1) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const shows = (wanted: string | RegExp) =>
		typeof wanted === 'string' ? text().includes(wanted) : wanted.test(text());

	const waitUntil = async (done: () => boolean, what: string, timeoutMs = 10_000): Promise<void> =>
		new Promise((resolve, reject) => {
			const finish = (error?: Error) => {
				watchers.delete(check);
				clearInterval(poll);
				clearTimeout(timer);
				if (error === undefined) {
					resolve();
				} else {
					reject(error);
				}
			};

			const check = () => {
				if (done()) {
					finish();
				}
			};

			// Output arrives through the write callback; the poll catches a screen that changed by a resize.
			const poll = setInterval(check, 50);
			const timer = setTimeout(() => {
				finish(new Error(`timed out waiting for ${what}; the screen shows:\n${text()}`));
			}, timeoutMs);
			watchers.add(check);
			check();
		});

	return {
		screen: text,
		waitFor: async (wanted, {timeoutMs} = {}) => waitUntil(() => shows(wanted), String(wanted), timeoutMs),
		waitForGone: async (wanted, {timeoutMs} = {}) =>
			waitUntil(() => !shows(wanted), `${String(wanted)} to go`, timeoutMs),
		async shownAt(wanted, {timeoutMs} = {}) {
			await waitUntil(() => shows(wanted), String(wanted), timeoutMs);
			return arrivedAt;
		},
		write(data) {
			child.write(data);
		},
		press(key) {
			child.write(keySequences[key] ?? key);
		},
		resize(newCols, newRows) {
			screen.resize(newCols, newRows);
			child.resize(newCols, newRows);
		},
		titles: () => titles,
		screenClears: () => screenClears,
		received: () => received,
		written: () => chunks.join(''),
		wrappedRows() {
			const buffer = screen.buffer.active;
			let wrapped = 0;
			for (let row = 0; row < screen.rows; row += 1) {
				wrapped += buffer.getLine(buffer.viewportY + row)?.isWrapped === true ? 1 : 0;
			}

			return wrapped;
		},
		// The screen reads what arrived before the exit first: what a test asserts then is all drawn.
		exit: async () => {
			const code = await exited;
			await new Promise<void>((resolve) => {
				screen.write('', resolve);
			});
			return code;
		},
		pid: child.pid,
		dispose,
	};
}
