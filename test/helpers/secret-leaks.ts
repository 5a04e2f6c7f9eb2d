import {TokenStore} from '../../source/auth/token-store.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {basicAuth} from './sandbox-session.js';

/** Shorter pieces of a secret give nothing away, and longer ones could show by chance. */
const shortestPiece = 12;

/**
 * The names of the secrets of which `text` holds any piece of 12 characters or more: the whole,
 * its start cut short by an ellipsis, its end, or a stretch of it that a wrapped line carries.
 */
export function leakedSecrets(text: string, secrets: Readonly<Record<string, string>>): string[] {
	return Object.entries(secrets)
		.filter(([, secret]) => {
			for (let start = 0; start + shortestPiece <= secret.length; start += 1) {
				if (text.includes(secret.slice(start, start + shortestPiece))) {
					return true;
				}
			}

			return false;
		})
		.map(([name]) => name);
}

/** The login stored in `directory`, and the sandbox app's client secret as sent in Basic auth too. */
export function secretsOf(sandbox: Sandbox, tokenDirectory: string): Record<string, string> {
	const session = new TokenStore({directory: tokenDirectory}).read();
	return {
		'client secret': sandbox.app.clientSecret,
		'Basic credentials': basicAuth(sandbox).replace('Basic ', ''),
		...(session === undefined
			? {}
			: {
					'refresh token': session.refreshToken,
					...(session.accessToken === undefined ? {} : {'access token': session.accessToken}),
				}),
	};
}
