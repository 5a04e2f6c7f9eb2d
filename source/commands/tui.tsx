import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {render} from 'ink';
import {defaultConfigPath} from '../config/find-config.js';
import {UserFacingError} from '../errors.js';
import {deferredClient} from '../spotify/deferred-client.js';
import type {SpotifyCalls} from '../spotify/spotify-client.js';
import type {RetryEvent} from '../spotify/web-api.js';
import {App} from '../ui/app.js';
import {themeFor} from '../ui/components/theme.js';
import {RetryNotices} from '../ui/retry-notices.js';
import type {PlayerPolling} from '../ui/services/player-poller.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

export type TuiOptions = GlobalOptions & {readonly demo: boolean};

/** What the app talks to: known before the first frame, set up after it. */
export type AppConnection = {
	readonly tokenKind: SpotifyCalls['tokenKind'];
	/** A line for the status bar when the app opens. */
	readonly notice?: string | undefined;
	/** A word for the header, such as `demo`. */
	readonly note?: string | undefined;
	/** How to read the player (the config's poll_interval); the polling policy's defaults when absent. */
	readonly polling?: PlayerPolling | undefined;
	/** Where new releases of followed artists are kept; in memory when absent (the demo). */
	readonly releaseCachePath?: string | undefined;
	connect(onRetry: (event: RetryEvent) => void): Promise<{client: SpotifyCalls; close(): Promise<void>}>;
};

// The terminal says when its window regains focus: what plays is read again then.
const startFocusReports = '\u001B[?1004h';
const stopFocusReports = '\u001B[?1004l';
/**
 * Frames as often as things change: Ink's default of 30 a second holds an answer that comes just
 * after a key's frame for up to 33 ms. Frames are cheap here (only the rows that fit are drawn).
 */
const framesPerSecond = 240;

/**
 * How Ink draws the app: in the alternate screen, each frame whole. Ink 8's incremental rendering
 * (only the lines that changed) wrote a row one line off under load (README, Performance).
 */
export const appRenderOptions = {
	exitOnCtrlC: false,
	maxFps: framesPerSecond,
	alternateScreen: true,
} as const;

/** `musicterminal` (and `--demo`): the full-screen app, until q or Ctrl-C. */
export async function runTuiCommand(options: TuiOptions, io: CommandIo): Promise<void> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UserFacingError(
			'the full-screen app needs a terminal for both input and output. In scripts and pipes, use the commands instead, such as `musicterminal search`, `musicterminal play` and `musicterminal now` (see `musicterminal --help`).',
		);
	}

	const connection = options.demo
		? demoConnection
		: await (await import('./configured-connection.js')).openConfiguredConnection(options, io);
	// The demo leaves the user's files alone.
	const historyPath = options.demo
		? undefined
		: join(dirname(defaultConfigPath({env: process.env, homedir: homedir()})), 'search-history.json');
	await showApp(connection, historyPath);
}

const demoConnection: AppConnection = {
	tokenKind: 'user',
	note: 'demo',
	async connect(onRetry) {
		const [{startDemoSession}, {createSpotifyClient}] = await Promise.all([
			import('./demo-session.js'),
			import('../spotify/spotify-client.js'),
		]);
		const demo = await startDemoSession();
		return {
			client: createSpotifyClient({config: demo.config, tokens: demo.tokens, onRetry}),
			close: demo.close,
		};
	},
};

async function showApp(connection: AppConnection, historyPath: string | undefined): Promise<void> {
	const retries = new RetryNotices();
	let connected: ReturnType<AppConnection['connect']> | undefined;
	const client = deferredClient(
		connection.tokenKind,
		new Promise<SpotifyCalls>((resolve, reject) => {
			// Set up after the first frame is drawn (render draws it before it returns).
			setImmediate(() => {
				connected = connection.connect(retries.notify);
				connected.then(({client}) => resolve(client), reject);
			});
		}),
	);
	process.stdout.write(startFocusReports);
	const instance = render(
		<App
			client={client}
			retries={retries}
			theme={themeFor(process.env)}
			note={connection.note}
			notice={connection.notice}
			historyPath={historyPath}
			polling={connection.polling}
			releaseCachePath={connection.releaseCachePath}
		/>,
		appRenderOptions,
	);
	const stop = () => {
		instance.unmount();
	};

	process.once('SIGTERM', stop);
	process.once('SIGHUP', stop);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', stop);
		process.off('SIGHUP', stop);
		process.stdout.write(stopFocusReports);
		await connected?.then(
			async ({close}) => close(),
			() => undefined,
		);
	}
}
