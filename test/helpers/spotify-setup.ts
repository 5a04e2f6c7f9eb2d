import {AccountsClient} from '../../source/auth/accounts-client.js';
import {AppTokenProvider} from '../../source/auth/app-token-provider.js';
import type {TokenStore} from '../../source/auth/token-store.js';
import {UserTokenProvider} from '../../source/auth/user-token-provider.js';
import type {Config} from '../../source/config/config.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {
	createSpotifyClient,
	type SpotifyClient,
	type SpotifyClientOptions,
} from '../../source/spotify/spotify-client.js';
import type {RetryEvent} from '../../source/spotify/web-api.js';
import {sandboxConfig, temporaryTokenStore} from './auth-setup.js';
import {allScopes, userTokens} from './sandbox-session.js';

export type ClientSetup = {
	readonly client: SpotifyClient;
	readonly config: Config;
	/** Every retry the client announced, in order. */
	readonly retries: RetryEvent[];
};

type SetupOptions = {
	readonly config?: Partial<Config>;
	readonly tuning?: SpotifyClientOptions['tuning'];
	/** Told of each retry too, as the TUI is. */
	readonly onRetry?: SpotifyClientOptions['onRetry'];
	readonly onRateLimited?: SpotifyClientOptions['onRateLimited'];
};

// Retries back off for milliseconds, not seconds, so tests of them stay quick.
const quickRetries = {backoffLimitMs: 20};

/** A client logged in as the sandbox's user, its session in a temporary token store. */
export async function loggedInClient(
	sandbox: Sandbox,
	options: SetupOptions & {scopes?: readonly string[]} = {},
): Promise<ClientSetup & {store: TokenStore}> {
	const scopes = options.scopes ?? allScopes;
	const {accessToken, refreshToken} = await userTokens(sandbox, scopes);
	const store = await temporaryTokenStore();
	const config = sandboxConfig(sandbox, options.config);
	store.write({
		clientId: config.clientId,
		refreshToken,
		accessToken,
		accessTokenExpiresAt: Date.now() + 3_600_000,
		scopes: [...scopes],
		authorizedAt: Date.now(),
	});
	const tokens = new UserTokenProvider({
		store,
		accounts: new AccountsClient(config),
		clientId: config.clientId,
	});
	return {...clientFor(config, tokens, options), store};
}

/** A client with the app's own token (client credentials): catalog only. */
export function appClient(sandbox: Sandbox, options: SetupOptions = {}): ClientSetup {
	const config = sandboxConfig(sandbox, {authMethod: 'CLIENT_CREDENTIALS', ...options.config});
	return clientFor(config, new AppTokenProvider(new AccountsClient(config)), options);
}

function clientFor(
	config: Config,
	tokens: SpotifyClientOptions['tokens'],
	options: SetupOptions,
): ClientSetup {
	const retries: RetryEvent[] = [];
	const client = createSpotifyClient({
		config,
		tokens,
		onRetry: (event) => {
			retries.push(event);
			options.onRetry?.(event);
		},
		onRateLimited: options.onRateLimited,
		tuning: {...quickRetries, ...options.tuning},
	});
	return {client, config, retries};
}
