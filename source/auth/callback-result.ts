import {rememberSecret} from '../format/redact.js';
import {excerpt} from '../format/terminal-text.js';
import {AuthError} from './auth-errors.js';

/**
 * What a redirect back to the app says: the code, or why there is none. Unknown parameters (some
 * servers add `iss`) are ignored.
 */
export function readCallback(url: URL, expectedState: string): {code: string} | AuthError {
	const state = url.searchParams.get('state');
	if (state !== expectedState) {
		return new AuthError(
			'the login answer did not carry the state this login sent, so it was not accepted (it may come from an older login attempt): run `musicterminal login` again.',
		);
	}

	const error = url.searchParams.get('error');
	if (error === 'access_denied') {
		return new AuthError(
			'the login was cancelled on the Spotify consent page: run `musicterminal login` again and choose Agree.',
		);
	}

	if (error !== null) {
		return new AuthError(
			`Spotify did not log you in (${excerpt(error)}): check your app's settings, then run \`musicterminal login\` again.`,
		);
	}

	const code = url.searchParams.get('code');
	if (code === null || code === '') {
		return new AuthError('the login answer carried no authorization code: run `musicterminal login` again.');
	}

	// Single-use, but one an error repeats could be used before this login uses it.
	rememberSecret(code);
	return {code};
}
