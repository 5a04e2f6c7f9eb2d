import {loginExpiryWarning} from '../auth/session-lifetime.js';
import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {defaultTokenDirectory} from '../auth/token-store.js';
import {UserTokenProvider} from '../auth/user-token-provider.js';
import type {Config} from '../config/config.js';
import {rateLimitRecorder} from '../spotify/rate-limit-record.js';
import {createSpotifyClient, type SpotifyClient} from '../spotify/spotify-client.js';
import type {RetryEvent} from '../spotify/web-api.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

/** The config and a client for a command that talks to Spotify; waits and warnings go to stderr. */
export async function openSpotify(
	options: GlobalOptions,
	io: CommandIo,
	{announceRetries = true}: {announceRetries?: boolean} = {},
): Promise<{config: Config; client: SpotifyClient}> {
	const config = await loadCommandConfig(options, io);
	const tokenDirectory = defaultTokenDirectory(io.env);
	const tokens = tokenProviderForConfig(config, {tokenDirectory, now: io.now});
	if (tokens instanceof UserTokenProvider) {
		warnOfLoginExpiry(tokens, io);
	}

	const client = createSpotifyClient({
		config,
		tokens,
		onRetry: announceRetries
			? (event) => {
					io.stderr(`musicterminal: ${retryNotice(event)}\n`);
				}
			: undefined,
		onRateLimited: rateLimitRecorder(tokenDirectory),
	});
	return {config, client};
}

function warnOfLoginExpiry(tokens: UserTokenProvider, io: CommandIo): void {
	let authorizedAt: number;
	try {
		authorizedAt = tokens.session().authorizedAt;
	} catch {
		// Not logged in, or a store to repair: the first request says so in full.
		return;
	}

	const warning = loginExpiryWarning(authorizedAt, io.now());
	if (warning !== undefined) {
		io.stderr(`musicterminal: warning: ${warning}\n`);
	}
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
