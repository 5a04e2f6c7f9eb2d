import {pollingSettings} from '../player/polling-policy.js';
import {rateLimitedUntil, rateLimitRecorder, readRateLimitRecord} from '../spotify/rate-limit-record.js';
import {releaseCachePath} from '../spotify/release-cache-path.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSession, usableTokens} from './open-session.js';
import type {AppConnection} from './tui.js';

/**
 * The app against the config's Spotify. A bad config, or no usable login where one is needed, ends
 * the program here, before the screen opens.
 */
export async function openConfiguredConnection(
	options: GlobalOptions,
	io: CommandIo,
): Promise<AppConnection> {
	const opened = await openSession(options, io);
	const {tokens, expiryWarning} = usableTokens(opened);
	return {
		tokenKind: tokens.kind,
		notice: expiryWarning,
		releaseCachePath: releaseCachePath(opened.tokenDirectory),
		polling: {
			settings: pollingSettings(opened.config.pollIntervalSeconds),
			sharedRateLimit: () => rateLimitedUntil(readRateLimitRecord(opened.tokenDirectory)),
		},
		async connect(onRetry) {
			const {createSpotifyClient} = await import('../spotify/spotify-client.js');
			const onRateLimited = rateLimitRecorder(opened.tokenDirectory);
			return {
				client: createSpotifyClient({config: opened.config, tokens, onRetry, onRateLimited}),
				close: async () => {},
			};
		},
	};
}
