import * as v from 'valibot';
import {rememberSecret} from '../format/redact.js';

/** A successful answer of the token endpoint, in the fields musicterminal uses. */
export type TokenResponse = {
	readonly accessToken: string;
	readonly expiresInSeconds: number;
	/** Absent for client credentials, and usually on refresh since mid-2026. */
	readonly refreshToken: string | undefined;
	/** Undefined when the answer names none (client credentials). */
	readonly scopes: readonly string[] | undefined;
};

/** Spotify's access tokens last an hour; a longer promise is not taken at its word. */
const longestLifetimeSeconds = 24 * 60 * 60;

// Lenient where RFC 6749 is: `token_type` in any case (and taken as bearer when missing), extra
// fields ignored, `refresh_token` and `scope` optional (an empty one counts as absent).
const tokenAnswerSchema = v.object({
	access_token: v.pipe(v.string(), v.minLength(1)),
	token_type: v.optional(
		v.pipe(
			v.string(),
			v.check((type) => type.toLowerCase() === 'bearer'),
		),
	),
	expires_in: v.pipe(v.number(), v.finite(), v.gtValue(0)),
	refresh_token: v.nullish(v.string()),
	scope: v.nullish(v.string()),
});

/** The answer's fields, or undefined when it holds no usable bearer token. */
export function readTokenResponse(body: unknown): TokenResponse | undefined {
	const result = v.safeParse(tokenAnswerSchema, body);
	if (!result.success) {
		return undefined;
	}

	const {
		access_token: accessToken,
		expires_in: expiresIn,
		refresh_token: refreshToken,
		scope,
	} = result.output;
	// Known to the redactor before anything can print them, as an error that repeats them.
	rememberSecret(accessToken);
	rememberSecret(refreshToken ?? undefined);
	return {
		accessToken,
		expiresInSeconds: Math.min(expiresIn, longestLifetimeSeconds),
		refreshToken: refreshToken === '' || refreshToken === null ? undefined : refreshToken,
		scopes: scope?.trim() ? scope.split(' ').filter((item) => item !== '') : undefined,
	};
}
