import {randomBytes} from 'node:crypto';

export type AuthorizationCode = {
	readonly code: string;
	readonly clientId: string;
	readonly userId: string;
	readonly redirectUri: string;
	readonly scopes: readonly string[];
	/** base64url(sha256(verifier)) when the PKCE flow started this code. */
	readonly codeChallenge: string | undefined;
	readonly expiresAt: number;
	used: boolean;
};

export type AccessToken = {
	readonly token: string;
	readonly clientId: string;
	/** Undefined for an app (client credentials) token. */
	readonly userId: string | undefined;
	readonly scopes: readonly string[];
	readonly expiresAt: number;
};

export type RefreshToken = {
	readonly token: string;
	readonly clientId: string;
	readonly userId: string;
	readonly scopes: readonly string[];
	/** When the user first consented; refreshing never moves it. */
	readonly authorizedAt: number;
	/** Issued to a PKCE flow without client secret: may refresh with `client_id` alone. */
	readonly publicClient: boolean;
	revoked: boolean;
};

const codeLifetimeMs = 10 * 60 * 1000;

// Shaped as Spotify's are: base64url after a two-letter prefix, access tokens about 200
// characters, refresh tokens about 130 and codes about 300.
function opaqueToken(prefix: 'BQ' | 'AQ', bytes: number): string {
	return prefix + randomBytes(bytes).toString('base64url');
}

/** Every code and token the sandbox's accounts service has handed out. */
export class GrantRegistry {
	readonly #now: () => number;
	readonly #codes = new Map<string, AuthorizationCode>();
	readonly #accessTokens = new Map<string, AccessToken>();
	readonly #refreshTokens = new Map<string, RefreshToken>();

	constructor(now: () => number) {
		this.#now = now;
	}

	issueCode(fields: Omit<AuthorizationCode, 'code' | 'expiresAt' | 'used'>): AuthorizationCode {
		const code: AuthorizationCode = {
			...fields,
			code: opaqueToken('AQ', 228),
			expiresAt: this.#now() + codeLifetimeMs,
			used: false,
		};
		this.#codes.set(code.code, code);
		return code;
	}

	code(value: string): AuthorizationCode | undefined {
		return this.#codes.get(value);
	}

	issueAccessToken(fields: Omit<AccessToken, 'token' | 'expiresAt'>, lifetimeSeconds: number): AccessToken {
		const token: AccessToken = {
			...fields,
			token: opaqueToken('BQ', 150),
			expiresAt: this.#now() + lifetimeSeconds * 1000,
		};
		this.#accessTokens.set(token.token, token);
		return token;
	}

	accessToken(value: string): AccessToken | undefined {
		return this.#accessTokens.get(value);
	}

	issueRefreshToken(fields: Omit<RefreshToken, 'token' | 'revoked'>): RefreshToken {
		const token: RefreshToken = {...fields, token: opaqueToken('AQ', 96), revoked: false};
		this.#refreshTokens.set(token.token, token);
		return token;
	}

	refreshToken(value: string): RefreshToken | undefined {
		return this.#refreshTokens.get(value);
	}

	/** Makes every access token already issued expire now, as when Spotify revokes a session. */
	expireAccessTokens(): void {
		for (const [value, token] of this.#accessTokens) {
			this.#accessTokens.set(value, {...token, expiresAt: this.#now()});
		}
	}
}
