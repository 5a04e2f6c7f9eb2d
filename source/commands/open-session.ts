import type {AccessTokenProvider} from '../auth/access-token.js';
import {loginExpiryWarning} from '../auth/session-lifetime.js';
import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {defaultTokenDirectory, type StoredSession, tokenStorePath} from '../auth/token-store.js';
import {UserTokenProvider} from '../auth/user-token-provider.js';
import type {Config} from '../config/config.js';
import {UserFacingError} from '../errors.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

/** Where the config leaves the user: browsing as the app, logged in, or unable to use the login. */
export type LoginState =
	| {readonly kind: 'app'}
	| {readonly kind: 'logged-in'; readonly session: StoredSession; readonly expiryWarning: string | undefined}
	/** Not logged in, logged in for another app, or a token store that cannot be used (and why). */
	| {readonly kind: 'unusable'; readonly error: UserFacingError};

export type OpenedSession = {
	readonly config: Config;
	readonly tokens: AccessTokenProvider;
	/** Where the login and what every process shares about Spotify (its last 429) are kept. */
	readonly tokenDirectory: string;
	readonly tokenStorePath: string | undefined;
	readonly login: LoginState;
};

/**
 * The config, its access tokens and the stored login, each read once: every command that talks to
 * Spotify, the TUI and `status` start here, so a token store that was moved aside or may not be
 * read is reported the same way everywhere.
 */
export async function openSession(options: GlobalOptions, io: CommandIo): Promise<OpenedSession> {
	const config = await loadCommandConfig(options, io);
	const tokenDirectory = defaultTokenDirectory(io.env);
	const tokens = tokenProviderForConfig(config, {tokenDirectory, now: io.now});
	if (!(tokens instanceof UserTokenProvider)) {
		return {config, tokens, tokenDirectory, tokenStorePath: undefined, login: {kind: 'app'}};
	}

	const storePath = tokenStorePath(tokenDirectory);
	try {
		const session = tokens.session();
		const expiryWarning = loginExpiryWarning(session.authorizedAt, io.now());
		return {
			config,
			tokens,
			tokenDirectory,
			tokenStorePath: storePath,
			login: {kind: 'logged-in', session, expiryWarning},
		};
	} catch (error) {
		if (error instanceof UserFacingError) {
			return {config, tokens, tokenDirectory, tokenStorePath: storePath, login: {kind: 'unusable', error}};
		}

		throw error;
	}
}

/** The session's tokens for a caller that needs them to work: a login that cannot be used ends here. */
export function usableTokens(opened: OpenedSession): {
	tokens: AccessTokenProvider;
	expiryWarning: string | undefined;
} {
	const {login} = opened;
	if (login.kind === 'unusable') {
		throw login.error;
	}

	return {tokens: opened.tokens, expiryWarning: login.kind === 'logged-in' ? login.expiryWarning : undefined};
}
