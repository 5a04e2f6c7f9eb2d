import {AccountsClient} from '../auth/accounts-client.js';
import {canOpenBrowser, openInBrowser} from '../auth/browser.js';
import {login} from '../auth/login.js';
import {loginExpiresAt} from '../auth/session-lifetime.js';
import {defaultTokenDirectory, TokenStore} from '../auth/token-store.js';
import {UserFacingError} from '../errors.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

export type LoginCommandOptions = GlobalOptions & {
	/** `--no-browser`: only print the address. */
	readonly browser: boolean;
};

/** `musicterminal login`: the authorization code flow with PKCE, on the redirect URI's loopback port. */
export async function runLoginCommand(options: LoginCommandOptions, io: CommandIo): Promise<void> {
	const config = await loadCommandConfig(options, io);
	if (config.authMethod === 'CLIENT_CREDENTIALS') {
		throw new UserFacingError(
			`auth_method is CLIENT_CREDENTIALS in ${config.path ?? 'your config'}, which browses the catalog without a login and cannot control playback: set auth_method: AUTHORIZATION_CODE to log in.`,
		);
	}

	const session = await login({
		config,
		accounts: new AccountsClient(config),
		store: new TokenStore({directory: defaultTokenDirectory(io.env)}),
		openBrowser: options.browser && canOpenBrowser(io.env, io.platform) ? openInBrowser : undefined,
		input: io.stdin,
		print: io.stdout,
		now: io.now,
	});
	const until = new Date(loginExpiresAt(session.authorizedAt)).toISOString().slice(0, 10);
	io.stdout(
		`\nLogged in to Spotify (${session.scopes.join(', ')}).\n` +
			`The login lasts until ${until}; musicterminal renews access tokens by itself until then.\n`,
	);
}
