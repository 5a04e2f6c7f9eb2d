/** A successful answer of the token endpoint, checked field by field. */
export type TokenResponse = {
	readonly accessToken: string;
	readonly expiresInSeconds: number;
	/** Absent for client credentials, and usually on refresh since mid-2026. */
	readonly refreshToken: string | undefined;
	/** Undefined when the answer names none (client credentials). */
	readonly scopes: readonly string[] | undefined;
};

export function readTokenResponse(body: unknown): TokenResponse | undefined {
	if (typeof body !== 'object' || body === null) {
		return undefined;
	}

	const fields = body as Record<string, unknown>;
	const {access_token: accessToken, expires_in: expiresIn, refresh_token: refreshToken, scope} = fields;
	if (
		typeof accessToken !== 'string' ||
		accessToken === '' ||
		typeof expiresIn !== 'number' ||
		expiresIn <= 0
	) {
		return undefined;
	}

	if (
		(refreshToken !== undefined && typeof refreshToken !== 'string') ||
		(scope !== undefined && typeof scope !== 'string')
	) {
		return undefined;
	}

	return {
		accessToken,
		expiresInSeconds: expiresIn,
		refreshToken: refreshToken === '' ? undefined : refreshToken,
		scopes: scope?.split(' ').filter((item) => item !== ''),
	};
}
