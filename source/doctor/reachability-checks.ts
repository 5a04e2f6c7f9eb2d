import type {Config} from '../config/config.js';
import {type CheckResult, failure, pass, skipped, warning} from './check-result.js';
import {connectionFix} from './connection-failure.js';
import {jsonBody, type ProbeAnswer, type ProbeFailure, type ProbeSettings, probe} from './http-probe.js';
import {spanWords} from './time-words.js';

/** The accounts service and the Web API, each reached and timed, and this machine's clock against theirs. */
export async function checkReachability(
	config: Config,
	settings: ProbeSettings,
): Promise<{results: CheckResult[]; accountsReached: boolean; apiReached: boolean}> {
	const configName = config.path ?? 'your config';
	const [accounts, api] = await Promise.all([
		probe(config.accessTokenUrl, settings),
		probe(`${config.apiBaseUrl}/me`, settings),
	]);
	return {
		results: [
			accountsResult(accounts, config.accessTokenUrl, configName),
			apiResult(api, config.apiBaseUrl, configName),
			clockResult(api.ok ? api : accounts.ok ? accounts : undefined),
		],
		accountsReached: accounts.ok && accounts.status < 500,
		apiReached: api.ok && api.status < 500,
	};
}

function accountsResult(answer: ProbeAnswer | ProbeFailure, url: string, configName: string): CheckResult {
	const title = 'Accounts';
	if (!answer.ok) {
		return failure(
			'accounts',
			title,
			`could not reach the accounts service at ${url}: ${answer.failure.words}`,
			connectionFix(answer.failure, 'access_token_url', configName),
			answer.ms,
		);
	}

	if (answer.status >= 500) {
		return failure(
			'accounts',
			title,
			`${url} answered HTTP ${answer.status} in ${answer.ms} ms: the accounts service is failing, so logins and token renewals fail too`,
			'Try again in a few minutes.',
			answer.ms,
		);
	}

	return pass('accounts', title, `${url} answered in ${answer.ms} ms`, answer.ms);
}

function apiResult(answer: ProbeAnswer | ProbeFailure, baseUrl: string, configName: string): CheckResult {
	const title = 'Web API';
	if (!answer.ok) {
		return failure(
			'web-api',
			title,
			`could not reach the Web API at ${baseUrl}: ${answer.failure.words}`,
			connectionFix(answer.failure, 'api_url', configName),
			answer.ms,
		);
	}

	if (answer.status >= 500) {
		return failure(
			'web-api',
			title,
			`${baseUrl} answered HTTP ${answer.status} in ${answer.ms} ms: Spotify's Web API is failing`,
			'Try again in a few minutes.',
			answer.ms,
		);
	}

	// Without a token, Spotify's Web API answers 401 with its own error body (a 429 is an answer too).
	if ((answer.status === 401 || answer.status === 429) && hasSpotifyError(jsonBody(answer))) {
		return pass('web-api', title, `${baseUrl} answered in ${answer.ms} ms`, answer.ms);
	}

	return warning(
		'web-api',
		title,
		`${baseUrl} answered HTTP ${answer.status} in ${answer.ms} ms, not as Spotify's Web API answers`,
		`Check api_url and api_version in ${configName} (Spotify's: https://api.spotify.com and v1).`,
		answer.ms,
	);
}

const clockToleranceMs = 60_000;

function clockResult(answer: ProbeAnswer | undefined): CheckResult {
	const title = 'Clock';
	if (answer?.serverDate === undefined) {
		return skipped('clock', title, 'no server answered with its time (a Date header) to compare with');
	}

	// A Date header is cut to the second: the server's time was up to a second later than it says.
	const skew = answer.serverDate + 500 - answer.midpoint;
	if (Math.abs(skew) <= clockToleranceMs) {
		return pass(
			'clock',
			title,
			`within ${Math.max(1, Math.round(Math.abs(skew) / 1000))} s of the server's clock`,
		);
	}

	return warning(
		'clock',
		title,
		`this machine's clock is ${spanWords(skew)} ${skew > 0 ? 'behind' : 'ahead of'} the server's (its Date header), so token and login expiry times are off by as much`,
		'Turn on network time (on Linux: timedatectl set-ntp true; on macOS: Date & Time settings, "Set time automatically").',
	);
}

function hasSpotifyError(body: unknown): boolean {
	const error = typeof body === 'object' && body !== null ? (body as {error?: unknown}).error : undefined;
	return (
		typeof error === 'object' && error !== null && typeof (error as {status?: unknown}).status === 'number'
	);
}
