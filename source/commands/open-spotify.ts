import type {StoredSession} from '../auth/token-store.js';
import type {Config} from '../config/config.js';
import {missingScopeSentence, type ScopedCommand, scopeLackedBy} from '../spotify/feature-scopes.js';
import {rateLimitRecorder} from '../spotify/rate-limit-record.js';
import {createSpotifyClient, type SpotifyClient} from '../spotify/spotify-client.js';
import {MissingScopeError} from '../spotify/spotify-errors.js';
import type {RetryEvent} from '../spotify/web-api.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSession, usableTokens} from './open-session.js';

/**
 * The config and a client for a command that talks to Spotify; a login that cannot be used, or
 * that lacks a scope the command (`needs`) cannot do without, ends the command here, before any
 * request. Waits and warnings go to stderr.
 */
export async function openSpotify(
	options: GlobalOptions,
	io: CommandIo,
	{announceRetries = true, needs}: {announceRetries?: boolean; needs?: ScopedCommand} = {},
): Promise<{config: Config; client: SpotifyClient}> {
	const opened = await openSession(options, io);
	const {tokens, expiryWarning} = usableTokens(opened);
	const lacked =
		needs === undefined || opened.login.kind !== 'logged-in'
			? undefined
			: lackedScopeError(needs, opened.login.session, opened.config);
	if (lacked !== undefined) {
		throw lacked;
	}

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

/** The scope `command` needs that the login was not granted, as the error Spotify's refusal would give. */
function lackedScopeError(
	command: ScopedCommand,
	session: StoredSession,
	config: Config,
): MissingScopeError | undefined {
	const lacked = scopeLackedBy(command, session.scopes);
	if (lacked === undefined) {
		return undefined;
	}

	const asked = config.scopes.includes(lacked.scope);
	return new MissingScopeError(
		missingScopeSentence({
			needs: `\`musicterminal ${command}\``,
			scope: lacked.scope,
			why: ' (not granted at login)',
			asked,
			configName: config.path ?? 'your config',
		}),
		// What Spotify answers such a request with, had it been sent.
		{status: 403},
		{scope: lacked.scope, feature: lacked.allows, asked},
	);
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
