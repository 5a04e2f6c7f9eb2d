import type {Config} from '../config/config.js';
import {apiErrorFor, errorReason} from '../spotify/api-error.js';
import {type RateLimitSeen, writeRateLimitRecord} from '../spotify/rate-limit-record.js';
import {type CheckResult, failure} from './check-result.js';
import {connectionFix} from './connection-failure.js';
import {jsonBody, type ProbeAnswer, type ProbeSettings, probe} from './http-probe.js';

export type WebApiCallSettings = ProbeSettings & {
	readonly config: Config;
	readonly token: string;
	/** Where the last 429 is kept, so a 429 met here is remembered like any other. */
	readonly recordDirectory: string;
};

/** One authorised GET of the Web API; a failure comes back as the check's result. */
export async function getWebApi(
	path: string,
	settings: WebApiCallSettings,
	{id, title}: {id: string; title: string},
): Promise<ProbeAnswer | CheckResult> {
	const url = `${settings.config.apiBaseUrl}/${path}`;
	const answer = await probe(url, {...settings, headers: {authorization: `Bearer ${settings.token}`}});
	const configName = settings.config.path ?? 'your config';
	if (!answer.ok) {
		return failure(
			id,
			title,
			`no answer to GET /${path.split('?')[0]}: ${answer.failure.words}`,
			connectionFix(answer.failure, 'api_url', configName),
			answer.ms,
		);
	}

	if (answer.status >= 200 && answer.status < 300) {
		return answer;
	}

	if (answer.status === 429) {
		remember429(answer, `GET ${new URL(url).pathname}`, settings);
	}

	return refusal(answer, path, {id, title, configName, clientId: settings.config.clientId});
}

async function remember429(
	answer: ProbeAnswer,
	request: string,
	settings: WebApiCallSettings,
): Promise<void> {
	const seen: RateLimitSeen = {
		at: settings.now(),
		retryAfterSeconds: answer.retryAfterSeconds,
		reason: errorReason(answer.body),
		request,
	};
	try {
		writeRateLimitRecord(settings.recordDirectory, seen);
	} catch {
		// Then the rate limit check sees only what other processes met.
	}
}

/** Spotify's refusal, with Development Mode's two refusals told in full. */
function refusal(
	answer: ProbeAnswer,
	path: string,
	{id, title, configName, clientId}: {id: string; title: string; configName: string; clientId: string},
): CheckResult {
	const message = spotifyMessage(jsonBody(answer)) ?? '';
	if (answer.status === 403 && /not registered/i.test(message)) {
		return failure(
			id,
			title,
			`Spotify refuses this account for this app (${message}): an app in Development Mode serves its owner and at most five users added to it`,
			`In the Spotify developer dashboard, open the app with client_id ${clientId}, then User Management, and add this account's name and email.`,
			answer.ms,
		);
	}

	if (answer.status === 403 && /premium subscription required for the owner/i.test(message)) {
		return failure(
			id,
			title,
			`Spotify refuses every request of this app (${message}): the account that owns it in the developer dashboard has no Premium, which Development Mode apps need`,
			"Give the app's owner account Spotify Premium, or use an app (its client_id) owned by a Premium account.",
			answer.ms,
		);
	}

	const error = apiErrorFor(
		{status: answer.status, body: answer.body, retryAfterSeconds: answer.retryAfterSeconds},
		{method: 'GET', path: path.split('?')[0] ?? path, configName, retries: 0},
	);
	return failure(id, title, error.message, undefined, answer.ms);
}

function spotifyMessage(body: unknown): string | undefined {
	const error = typeof body === 'object' && body !== null ? (body as {error?: unknown}).error : undefined;
	const message =
		typeof error === 'object' && error !== null ? (error as {message?: unknown}).message : undefined;
	return typeof message === 'string' ? message : undefined;
}
