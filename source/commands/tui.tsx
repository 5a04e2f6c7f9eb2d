import {render} from 'ink';
import type {AccessTokenProvider} from '../auth/access-token.js';
import {loginExpiryWarning} from '../auth/session-lifetime.js';
import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {defaultTokenDirectory} from '../auth/token-store.js';
import {UserTokenProvider} from '../auth/user-token-provider.js';
import type {Config} from '../config/config.js';
import {UserFacingError} from '../errors.js';
import {createSpotifyClient} from '../spotify/spotify-client.js';
import {App} from '../ui/app.js';
import {themeFor} from '../ui/components/theme.js';
import {RetryNotices} from '../ui/retry-notices.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

export type TuiOptions = GlobalOptions & {readonly demo: boolean};

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/** `musicterminal` (and `--demo`): the full-screen app, until q or Ctrl-C. */
export async function runTuiCommand(options: TuiOptions, io: CommandIo): Promise<void> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UserFacingError(
			"musicterminal's screen needs a terminal for both input and output. In scripts and pipes, use the commands instead, such as `musicterminal search`, `musicterminal play` and `musicterminal now` (see `musicterminal --help`).",
		);
	}

	const demo = options.demo ? await (await import('./demo-session.js')).startDemoSession() : undefined;
	try {
		const {config, tokens} = demo ?? (await openConfigured(options, io));
		await showApp(
			config,
			tokens,
			demo === undefined ? startupNotice(tokens, io) : undefined,
			demo !== undefined,
		);
	} finally {
		await demo?.close();
	}
}

async function openConfigured(
	options: GlobalOptions,
	io: CommandIo,
): Promise<{config: Config; tokens: AccessTokenProvider}> {
	const config = await loadCommandConfig(options, io);
	const tokens = tokenProviderForConfig(config, {tokenDirectory: defaultTokenDirectory(io.env), now: io.now});
	if (tokens instanceof UserTokenProvider) {
		// Not logged in, or logged in for another app: say so now rather than on every screen.
		tokens.session();
	}

	return {config, tokens};
}

function startupNotice(tokens: AccessTokenProvider, io: CommandIo): string | undefined {
	return tokens instanceof UserTokenProvider
		? loginExpiryWarning(tokens.session().authorizedAt, io.now())
		: undefined;
}

async function showApp(
	config: Config,
	tokens: AccessTokenProvider,
	notice: string | undefined,
	demo: boolean,
): Promise<void> {
	const retries = new RetryNotices();
	const client = createSpotifyClient({config, tokens, onRetry: retries.notify});
	process.stdout.write(enterAlternateScreen);
	const instance = render(
		<App
			client={client}
			retries={retries}
			theme={themeFor(process.env)}
			note={demo ? 'demo' : undefined}
			notice={notice}
		/>,
		{exitOnCtrlC: false},
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
		process.stdout.write(leaveAlternateScreen);
	}
}
