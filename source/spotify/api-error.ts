import * as v from 'valibot';
import {AuthError} from '../auth/auth-errors.js';
import {excerpt} from '../format/terminal-text.js';
import {scopeFor} from './endpoint-scopes.js';
import {missingScopeSentence, scopeAllows} from './feature-scopes.js';
import {MissingScopeError, RateLimitedError, SpotifyApiError} from './spotify-errors.js';

/** What a failed request was, for the sentence that explains it. */
export type FailedRequest = {
	readonly method: string;
	readonly path: string;
	/** The thing asked for, such as "album 4aawyAB9vmqN3uQ7FjRGTy", named in 404 and 400 sentences. */
	readonly subject?: string | undefined;
	/** Why Spotify may answer 404 for `subject` although it exists; added to that sentence. */
	readonly subjectHint?: string | undefined;
	readonly configName: string;
	/** The config's `scopes`, what login asks for: a scope missing there must be added before logging in. */
	readonly configScopes?: readonly string[] | undefined;
	/** Retries already made after server errors. */
	readonly retries: number;
};

export type ErrorAnswer = {
	readonly status: number;
	readonly body: unknown;
	readonly retryAfterSeconds: number | undefined;
};

export const nothingPlayingSentence = 'nothing is playing: start something with `musicterminal play <uri>`.';

const reasonSentences: Record<string, string> = {
	NO_ACTIVE_DEVICE:
		'no Spotify device is active: start Spotify on a phone, computer or speaker, or pick one with --device (`musicterminal devices` lists them).',
	PREMIUM_REQUIRED: 'controlling playback needs Spotify Premium on the account you logged in with.',
	NO_NEXT_TRACK: 'there is no next track to skip to.',
	NO_PREV_TRACK: 'there is no previous track.',
	NO_SPECIFIC_TRACK: 'Spotify could not find that track in what is playing.',
	ALREADY_PAUSED: 'playback is already paused.',
	NOT_PAUSED: 'playback is not paused.',
	ALREADY_PLAYING: 'playback is already playing.',
	NOT_PLAYING_LOCALLY: 'that only works on the device that is playing.',
	NOT_PLAYING_TRACK: nothingPlayingSentence,
	NOT_PLAYING_CONTEXT: 'nothing is playing from an album, artist or playlist right now.',
	ENDLESS_CONTEXT: 'that is not possible in an endless context such as a radio.',
	CONTEXT_DISALLOW: 'Spotify does not allow that for what is playing.',
	RATE_LIMITED: 'the player is receiving too many commands: wait a moment and try again.',
	REMOTE_CONTROL_DISALLOW: 'that device does not allow remote control.',
	DEVICE_NOT_CONTROLLABLE: 'that device cannot be controlled remotely.',
	VOLUME_CONTROL_DISALLOW: 'that device does not allow changing its volume.',
};

/** The typed error, with one plain sentence, for an error status from the Web API. */
export function apiErrorFor(answer: ErrorAnswer, request: FailedRequest): Error {
	const {status, retryAfterSeconds} = answer;
	const {message, reason} = readErrorBody(answer.body);
	const details = {status, reason, apiMessage: message};
	// The server's own words, inside our sentence: cut short and never able to steer the terminal.
	const said = message === undefined ? `HTTP ${status}` : `${excerpt(message)}, HTTP ${status}`;
	const call = `${request.method} /${request.path}`;

	if (status === 429) {
		return new RateLimitedError(rateLimitSentence(reason, retryAfterSeconds, request), {
			reason,
			apiMessage: message,
			retryAfterSeconds,
		});
	}

	if ((status === 401 && message === 'Permissions missing') || isScopeRefusal(status, message)) {
		return missingScopeError(said, request, {status, apiMessage: message});
	}

	if (status === 401) {
		return new AuthError(unauthorizedSentence(message, said, request));
	}

	const known = reason === undefined ? undefined : reasonSentences[reason];
	if (known !== undefined) {
		return new SpotifyApiError(known, details);
	}

	if (status === 403) {
		return new SpotifyApiError(forbiddenSentence(message, said, request), details);
	}

	if (status === 404) {
		return new SpotifyApiError(notFoundSentence(message, said, request), details);
	}

	if (status >= 500) {
		const tries = request.retries > 0 ? `, also after ${request.retries} more tries` : '';
		return new SpotifyApiError(
			`the Spotify Web API failed on ${call} (${said}${tries}): try again in a minute.`,
			details,
		);
	}

	// Spotify words its refusals in its error shape; an answer without one comes from another server.
	if (message === undefined) {
		return new SpotifyApiError(
			`${call} was refused (${said}) without an error in Spotify's form: the server at api_url in ${request.configName} may not be Spotify's Web API.`,
			details,
		);
	}

	return new SpotifyApiError(refusedSentence(status, message, said, request), details);
}

function rateLimitSentence(
	reason: string | undefined,
	retryAfterSeconds: number | undefined,
	request: FailedRequest,
): string {
	if (reason === 'QUOTA_EXCEEDED') {
		return `this app has used up its Spotify request quota (QUOTA_EXCEEDED), so waiting a moment will not help: try again later, or use another app's client_id in ${request.configName}.`;
	}

	const wait = retryAfterSeconds === undefined ? 'a little while' : `${retryAfterSeconds} s`;
	return `Spotify is limiting how often this app may call it: try again in ${wait}.`;
}

function isScopeRefusal(status: number, message: string | undefined): boolean {
	return status === 403 && message?.toLowerCase().includes('insufficient client scope') === true;
}

function unauthorizedSentence(message: string | undefined, said: string, request: FailedRequest): string {
	if (message === 'Valid user authentication required') {
		return `this needs a Spotify login (Valid user authentication required): set auth_method: AUTHORIZATION_CODE in ${request.configName} and run \`musicterminal login\`.`;
	}

	return `Spotify did not accept the access token, even a fresh one (${said}): run \`musicterminal login\` again.`;
}

function forbiddenSentence(message: string | undefined, said: string, request: FailedRequest): string {
	if (message?.includes('premium subscription required for the owner') === true) {
		return 'the Spotify account that owns this app (in the developer dashboard) needs Premium: Spotify turns off Development Mode apps whose owner has no Premium.';
	}

	if (message?.includes('not registered') === true) {
		return `your Spotify account is not on this app's user list: add it under User Management for the app with client_id from ${request.configName} in the Spotify developer dashboard.`;
	}

	if (request.path.startsWith('me/player')) {
		return `the Spotify player refused that just now (${said}).`;
	}

	return `Spotify refused ${request.method} /${request.path} (${said}); logging in again will not change that.`;
}

/** The login lacks a scope: the one the call needs, when known, and whether the config asks for it. */
function missingScopeError(
	said: string,
	request: FailedRequest,
	details: {status: number; apiMessage?: string},
) {
	const call = `${request.method} /${request.path}`;
	const scope = scopeFor(request.method, request.path);
	const feature = scope === undefined ? undefined : scopeAllows(scope);
	const asked =
		scope === undefined || request.configScopes === undefined || request.configScopes.includes(scope);
	const missing = {scope, feature, asked};
	if (scope === undefined) {
		return new MissingScopeError(
			`your Spotify login lacks a permission that ${call} needs (${said}): run \`musicterminal login\` again to grant it.`,
			details,
			missing,
		);
	}

	return new MissingScopeError(
		missingScopeSentence({needs: call, scope, why: ` (${said})`, asked, configName: request.configName}),
		details,
		missing,
	);
}

function notFoundSentence(message: string | undefined, said: string, request: FailedRequest): string {
	// Spotify's answer for a path it does not serve; an answer not in its form is another server's.
	if (message === undefined || message === 'Service not found') {
		return `there is no ${request.method} /${request.path} at api_url and api_version in ${request.configName} (${said}): check both (Spotify's are ${spotifyApiUrl} and v1).`;
	}

	if (message === 'Device not found') {
		return `that device is no longer among your Spotify devices (${said}): \`musicterminal devices\` lists the ones there are.`;
	}

	if (request.subject !== undefined) {
		const hint = request.subjectHint === undefined ? '' : `; ${request.subjectHint}`;
		return `Spotify has no ${request.subject} (${said}): check the id, URI or link${hint}.`;
	}

	return `Spotify found nothing for ${request.method} /${request.path} (${said}): check api_version in ${request.configName} (Spotify's is v1).`;
}

/** A 400 (or another refusal) in Spotify's own words: Spotify is there, the request is what it refuses. */
function refusedSentence(status: number, message: string, said: string, request: FailedRequest): string {
	const call = `${request.method} /${request.path}`;
	if (message === 'Only valid bearer authentication supported') {
		return `Spotify did not accept the access token (${said}), which came from the accounts service at access_token_url in ${request.configName}: check access_token_url there, then run \`musicterminal login\` again.`;
	}

	if (request.path === 'me/player/play' && /offset/i.test(message)) {
		return `Spotify refused where to start (${said}): --offset counts tracks from 1 and must be within the album or playlist.`;
	}

	if (request.subject !== undefined) {
		return `Spotify refused ${call} for ${request.subject} (${said}): check the id, URI or link.`;
	}

	return status === 400
		? `Spotify refused ${call} (${said}): it asks for more than Spotify allows now, such as a page past its limits; ask for fewer results, or update musicterminal.`
		: `Spotify refused ${call} (${said}): check api_version in ${request.configName} (Spotify's is v1), or update musicterminal.`;
}

const spotifyApiUrl = 'https://api.spotify.com';

/**
 * Spotify's error body, `{"error": {"status", "message", "reason"}}`, read leniently: each part is
 * taken if it is there and is text, and anything else (HTML, an empty body, another shape) has none.
 */
const errorBodySchema = v.object({
	error: v.object({
		message: v.fallback(v.optional(v.pipe(v.string(), v.nonEmpty())), undefined),
		reason: v.fallback(v.optional(v.pipe(v.string(), v.nonEmpty())), undefined),
	}),
});

function readErrorBody(body: unknown): {message: string | undefined; reason: string | undefined} {
	const parsed = v.safeParse(errorBodySchema, typeof body === 'string' ? parseJson(body) : body);
	const {message, reason} = parsed.success ? parsed.output.error : {};
	return {message, reason};
}

/** Spotify's `reason` in an error body, if any. */
export function errorReason(body: unknown): string | undefined {
	return readErrorBody(body).reason;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
