import {loginExpiryWarning} from '../auth/session-lifetime.js';
import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {defaultTokenDirectory} from '../auth/token-store.js';
import {UserTokenProvider} from '../auth/user-token-provider.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import type {AppConnection} from './tui.js';

/**
 * The app against the config's Spotify. A bad config, or no login where one is needed, ends the
 * program here, before the screen opens.
 */
export async function openConfiguredConnection(
	options: GlobalOptions,
	io: CommandIo,
): Promise<AppConnection> {
	const config = await loadCommandConfig(options, io);
	const tokenDirectory = defaultTokenDirectory(io.env);
	const tokens = tokenProviderForConfig(config, {tokenDirectory, now: io.now});
	// Not logged in, or logged in for another app: say so now rather than on every screen.
	const session = tokens instanceof UserTokenProvider ? tokens.session() : undefined;
	return {
		tokenKind: tokens.kind,
		notice: session === undefined ? undefined : loginExpiryWarning(session.authorizedAt, io.now()),
		async connect(onRetry) {
			const [{createSpotifyClient}, {rateLimitRecorder}] = await Promise.all([
				import('../spotify/spotify-client.js'),
				import('../spotify/rate-limit-record.js'),
			]);
			const onRateLimited = rateLimitRecorder(tokenDirectory);
			return {client: createSpotifyClient({config, tokens, onRetry, onRateLimited}), close: async () => {}};
		},
	};
}
