import {render} from 'ink-testing-library';
import {afterEach, vi} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {deferredClient} from '../../source/spotify/deferred-client.js';
import {App} from '../../source/ui/app.js';
import {RetryNotices} from '../../source/ui/retry-notices.js';
import {appClient, loggedInClient} from './spotify-setup.js';

const keys: Record<string, string> = {
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	up: '\u001B[A',
	down: '\u001B[B',
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	left: '\u001B[D',
	right: '\u001B[C',
	space: ' ',
	'ctrl-a': '\u0001',
	'ctrl-c': '\u0003',
	'ctrl-e': '\u0005',
	'ctrl-u': '\u0015',
	'ctrl-w': '\u0017',
	'ctrl-r': '\u0012',
	tab: '\t',
};

export type AppSession = {
	frame(): string;
	/**
	 * Presses keys one at a time, as a person would: names such as `enter`, or single characters.
	 * Each key is drawn by the time this returns (Ink draws synchronously here).
	 */
	press(...names: string[]): Promise<void>;
	/** Types text into whatever has the keys, a character at a time. */
	type(text: string): Promise<void>;
	/** Pastes text as a terminal with bracketed paste sends it. */
	paste(text: string): Promise<void>;
	waitFor(text: string | RegExp): Promise<void>;
	waitForGone(text: string | RegExp): Promise<void>;
	resize(columns: number, rows: number): void;
};

const unmounts: Array<() => void> = [];

afterEach(() => {
	for (const unmount of unmounts.splice(0)) {
		unmount();
	}
});

type AppOptions = {
	login?: boolean;
	columns?: number;
	rows?: number;
	/** The client is handed over when this settles, as the TUI does once its first frame is drawn. */
	connected?: Promise<void>;
	/** Where the searches are kept across runs. */
	historyPath?: string;
	/** What the login was granted; every scope when absent. */
	scopes?: readonly string[];
};

/** The app on a sandbox, logged in (or with an app token), rendered at 100×30 by ink-testing-library. */
export async function startApp(
	sandbox: Sandbox,
	{login = true, columns = 100, rows = 30, connected, historyPath, scopes}: AppOptions = {},
): Promise<AppSession> {
	const retries = new RetryNotices();
	const {client} = login
		? await loggedInClient(sandbox, {onRetry: retries.notify, scopes})
		: appClient(sandbox, {onRetry: retries.notify});
	const view = render(
		<App
			client={
				connected === undefined
					? client
					: deferredClient(
							client.tokenKind,
							connected.then(() => client),
						)
			}
			retries={retries}
			historyPath={historyPath}
		/>,
	);
	const stdout = view.stdout as unknown as NodeJS.WriteStream;
	const resize = (width: number, height: number) => {
		// ink-testing-library's stdout has a fixed width; a person's terminal has a size that changes.
		Object.defineProperty(stdout, 'columns', {value: width, configurable: true});
		Object.defineProperty(stdout, 'rows', {value: height, configurable: true});
		stdout.emit('resize');
	};

	resize(columns, rows);
	unmounts.push(() => {
		view.unmount();
	});
	const frame = () => view.lastFrame() ?? '';
	// Text that wraps at the edge still counts, read as one line.
	const flat = () => frame().replaceAll(/\s+/g, ' ');
	const matches = (text: string | RegExp) =>
		typeof text === 'string'
			? frame().includes(text) || flat().includes(text)
			: text.test(frame()) || text.test(flat());
	return {
		frame,
		async press(...names) {
			for (const name of names) {
				view.stdin.write(keys[name] ?? name);
			}

			// A lone Escape is told apart from the start of a longer sequence a moment later.
			await new Promise((resolve) => setImmediate(resolve));
		},
		async type(text) {
			for (const character of text) {
				view.stdin.write(character);
			}
		},
		async paste(text) {
			view.stdin.write(`\u001B[200~${text}\u001B[201~`);
		},
		async waitFor(text) {
			await vi.waitFor(
				() => {
					if (!matches(text)) {
						throw new Error(`waiting for ${String(text)} in:\n${frame()}`);
					}
				},
				{timeout: 5000, interval: 10},
			);
		},
		async waitForGone(text) {
			await vi.waitFor(
				() => {
					if (matches(text)) {
						throw new Error(`waiting for ${String(text)} to go from:\n${frame()}`);
					}
				},
				{timeout: 5000, interval: 10},
			);
		},
		resize,
	};
}

/**
 * From the search to the albums of the sandbox's artist with the most of them, as a person types
 * it; G then g, so that every album is there.
 */
export async function browseToAlbums(app: AppSession): Promise<void> {
	await app.type('endless');
	await app.press('enter');
	await app.waitFor('The Endless Archive Orchestra');
	await app.press('enter');
	await app.waitFor('ALBUM');
	await app.press('G');
	await app.waitFor(/ (\d+)\/\1\n/);
	await app.press('g');
}
