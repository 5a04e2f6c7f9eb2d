import type {AccessTokenProvider} from '../auth/access-token.js';
import {SessionExpiredError} from '../auth/auth-errors.js';
import {loginExpiresAt, loginExpiryWarning} from '../auth/session-lifetime.js';
import type {StoredSession} from '../auth/token-store.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';
import {spanWords, utcDay} from './time-words.js';

/** The login's age against Spotify's six months, counted from the original consent. */
export function checkLoginAge(session: StoredSession, now: number): CheckResult {
	const title = 'Login';
	const endsAt = loginExpiresAt(session.authorizedAt);
	const since = `logged in ${spanWords(now - session.authorizedAt)} ago (${utcDay(session.authorizedAt)})`;
	if (endsAt <= now) {
		return failure(
			'login',
			title,
			`${since}: Spotify ended this login on ${utcDay(endsAt)}, six months after it began`,
			'Run `musicterminal login` to log in again.',
		);
	}

	const detail = `${since}; Spotify ends it on ${utcDay(endsAt)}, in ${spanWords(endsAt - now)}`;
	const soon = loginExpiryWarning(session.authorizedAt, now);
	return soon === undefined
		? pass('login', title, detail)
		: warning('login', title, detail, 'Run `musicterminal login` to start another six months.');
}

/**
 * A renewed access token, which proves the stored login still works: Spotify refuses a refresh
 * token after six months, or when the user removed the app's access.
 */
export async function checkAccessToken(
	tokens: AccessTokenProvider,
): Promise<{result: CheckResult; token: string | undefined}> {
	const title = tokens.kind === 'user' ? 'Access token' : 'App token';
	const id = tokens.kind === 'user' ? 'access-token' : 'app-token';
	const started = performance.now();
	try {
		const token = await tokens.getAccessToken({forceRefresh: true});
		const ms = Math.round(performance.now() - started);
		const what =
			tokens.kind === 'user'
				? `renewed in ${ms} ms: Spotify still accepts the login`
				: `issued in ${ms} ms: Spotify accepts the app's client_id and client_secret`;
		return {result: pass(id, title, what, ms), token};
	} catch (error) {
		const ms = Math.round(performance.now() - started);
		const said = error instanceof Error ? error.message : String(error);
		const fix =
			error instanceof SessionExpiredError
				? 'Run `musicterminal login` again.'
				: 'Do as the message says, then run `musicterminal doctor` again.';
		const detail =
			error instanceof SessionExpiredError
				? 'Spotify no longer accepts the stored login: it expired, or access was removed in your Spotify account'
				: said;
		return {result: failure(id, title, detail, fix, ms), token: undefined};
	}
}
