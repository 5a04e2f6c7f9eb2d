import type {Config} from '../config/config.js';
import {rateLimitRecorder} from '../spotify/rate-limit-record.js';
import {createSpotifyClient, type SpotifyClient} from '../spotify/spotify-client.js';
import type {RetryEvent} from '../spotify/web-api.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSession, usableTokens} from './open-session.js';

/**
 * The config and a client for a command that talks to Spotify; a login that cannot be used ends
 * the command here, and waits and warnings go to stderr.
 */
export async function openSpotify(
	options: GlobalOptions,
	io: CommandIo,
	{announceRetries = true}: {announceRetries?: boolean} = {},
): Promise<{config: Config; client: SpotifyClient}> {
	const opened = await openSession(options, io);
	const {tokens, expiryWarning} = usableTokens(opened);
	if (expiryWarning !== undefined) {
		io.stderr(`musicterminal: warning: ${expiryWarning}\n`);
	}

	const client = createSpotifyClient({
		config: opened.config,
		tokens,
		onRetry: announceRetries
			? (event) => {
					io.stderr(`musicterminal: ${retryNotice(event)}\n`);
				}
			: undefined,
		onRateLimited: rateLimitRecorder(opened.tokenDirectory),
	});
	return {config: opened.config, client};
}

function retryNotice({reason, delayMs}: RetryEvent): string {
	const wait = delayMs < 1000 ? 'a moment' : `${Math.round(delayMs / 1000)} s`;
	switch (reason) {
		case 'rate-limit': {
			return `Spotify asks to slow down; trying again in ${wait}.`;
		}

		case 'server-error': {
			return `the Spotify Web API failed; trying again in ${wait}.`;
		}

		case 'network': {
			return `no answer from the Spotify Web API; trying again in ${wait}.`;
		}
	}
}
