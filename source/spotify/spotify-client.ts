import type {AccessTokenProvider} from '../auth/access-token.js';
import type {Config} from '../config/config.js';
import {CatalogClient} from './catalog-client.js';
import {LibraryClient} from './library-client.js';
import {PlayerClient} from './player-client.js';
import {type RetryEvent, WebApi, type WebApiOptions} from './web-api.js';

/** The Web API as the TUI and the commands use it: catalog reads and the user's player. */
export type SpotifyClient = {
	readonly catalog: CatalogClient;
	readonly player: PlayerClient;
	/** The user's library; every call needs a login. */
	readonly library: LibraryClient;
	/** `app`: catalog only; `user`: a login, so playback too. */
	readonly tokenKind: AccessTokenProvider['kind'];
};

/** The members of `T` that are async methods. */
export type AsyncMethods<T> = {
	[Name in keyof T as T[Name] extends (...args: never[]) => Promise<unknown> ? Name : never]: T[Name];
};

/** The client's calls, all async: what the TUI uses, and all a client still being set up can offer. */
export type SpotifyCalls = {
	readonly catalog: AsyncMethods<CatalogClient>;
	readonly player: AsyncMethods<PlayerClient>;
	readonly library: AsyncMethods<LibraryClient>;
	readonly tokenKind: SpotifyClient['tokenKind'];
};

export type SpotifyClientOptions = {
	readonly config: Config;
	readonly tokens: AccessTokenProvider;
	readonly onRetry?: ((event: RetryEvent) => void) | undefined;
	/** Told of every 429, to remember it where every process reads it (rateLimitRecorder). */
	readonly onRateLimited?: WebApiOptions['onRateLimited'];
	/** Tuning for tests and benchmarks; the defaults suit Spotify. */
	readonly tuning?: Pick<
		WebApiOptions,
		'timeoutMs' | 'retryLimit' | 'backoffLimitMs' | 'maxRetryAfterSeconds'
	>;
};

export function createSpotifyClient({
	config,
	tokens,
	onRetry,
	onRateLimited,
	tuning,
}: SpotifyClientOptions): SpotifyClient {
	const api = new WebApi({
		...tuning,
		baseUrl: config.apiBaseUrl,
		tokens,
		configName: config.path ?? 'your config',
		configScopes: config.scopes,
		onRetry,
		onRateLimited,
	});
	return {
		catalog: new CatalogClient(api, {market: config.market}),
		player: new PlayerClient(api, {preferredDevice: config.device}),
		library: new LibraryClient(api, {market: config.market}),
		tokenKind: tokens.kind,
	};
}
