import {defaultUser} from './accounts/app.js';
import type {Sandbox} from './sandbox.js';

export type IssuedSession = {
	readonly accessToken: string;
	readonly refreshToken: string;
	readonly expiresInSeconds: number;
	readonly scopes: readonly string[];
	readonly authorizedAt: number;
};

/**
 * Tokens for the sandbox's user as if they had just logged in and consented to `scopes`, without
 * the browser round trip: for the demo and the benchmarks, which have no one to click.
 */
export function issueUserSession(
	sandbox: Pick<Sandbox, 'app' | 'grants' | 'clock' | 'controls'>,
	scopes: readonly string[],
): IssuedSession {
	const authorizedAt = sandbox.clock.now();
	const fields = {clientId: sandbox.app.clientId, userId: defaultUser.id, scopes};
	const refresh = sandbox.grants.issueRefreshToken({...fields, authorizedAt, publicClient: false});
	const lifetime = sandbox.controls.accessTokenLifetimeSeconds;
	const access = sandbox.grants.issueAccessToken(fields, lifetime);
	return {
		accessToken: access.token,
		refreshToken: refresh.token,
		expiresInSeconds: lifetime,
		scopes,
		authorizedAt,
	};
}
