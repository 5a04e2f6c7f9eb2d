import type {SandboxContext} from '../context.js';
import {apiError, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';

export type Caller =
	| {readonly kind: 'app'}
	| {readonly kind: 'user'; readonly userId: string; readonly scopes: ReadonlySet<string>};

const bearerChallenge = (error: string, description: string) => ({
	'www-authenticate': `Bearer realm="spotify", error="${error}", error_description="${description}"`,
});

/** Who is calling, from the bearer token, or the 400/401 Spotify answers instead. */
export function identifyCaller(request: SandboxRequest, context: SandboxContext): Caller | Reply {
	const authorization = request.headers.authorization;
	if (authorization === undefined || authorization.trim() === '') {
		return apiError(401, 'No token provided');
	}

	const [scheme, value] = authorization.split(' ');
	if (scheme?.toLowerCase() !== 'bearer' || value === undefined) {
		return apiError(400, 'Only valid bearer authentication supported');
	}

	const token = context.grants.accessToken(value);
	if (token === undefined) {
		return apiError(
			401,
			'Invalid access token',
			undefined,
			bearerChallenge('invalid_token', 'Invalid access token'),
		);
	}

	if (token.expiresAt <= context.clock.now()) {
		const message = 'The access token expired';
		return apiError(401, message, undefined, bearerChallenge('invalid_token', message));
	}

	if (!context.controls.ownerPremium) {
		return apiError(403, 'Active premium subscription required for the owner of the app');
	}

	if (token.userId !== undefined && !context.controls.userAllowListed) {
		return apiError(403, 'User not registered in the Developer Dashboard');
	}

	return token.userId === undefined
		? {kind: 'app'}
		: {kind: 'user', userId: token.userId, scopes: new Set(token.scopes)};
}

/** A user token holding at least one of `scopes` (none needed when empty), or Spotify's refusal. */
export function requireUser(
	caller: Caller,
	scopes: readonly string[],
): Extract<Caller, {kind: 'user'}> | Reply {
	if (caller.kind === 'app') {
		return apiError(401, 'Valid user authentication required');
	}

	if (scopes.length > 0 && !scopes.some((scope) => caller.scopes.has(scope))) {
		return apiError(401, 'Permissions missing');
	}

	return caller;
}
