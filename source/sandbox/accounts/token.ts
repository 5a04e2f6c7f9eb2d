import {createHash} from 'node:crypto';
import type {SandboxContext} from '../context.js';
import {json, oauthError, type Reply} from '../http/reply.js';
import {formFields, type SandboxRequest} from '../http/request.js';
import {authenticateClient, type ClientAuth} from './client-auth.js';
import type {RefreshToken} from './grants.js';

/** `POST /api/token`: client credentials, authorization code (with or without PKCE) and refresh. */
export function token(request: SandboxRequest, context: SandboxContext): Reply {
	const form = formFields(request);
	const grantType = form.get('grant_type');
	if (grantType === null) {
		return oauthError(400, 'unsupported_grant_type', 'grant_type parameter is missing');
	}

	const client = authenticateClient(request.headers.authorization, form.get('client_id'), context.app);
	if (client.kind === 'invalid') {
		return oauthError(400, 'invalid_client', client.description);
	}

	switch (grantType) {
		case 'client_credentials': {
			return clientCredentials(client, context);
		}

		case 'authorization_code': {
			return authorizationCode(form, client, context);
		}

		case 'refresh_token': {
			return refresh(form, client, context);
		}

		default: {
			return oauthError(
				400,
				'unsupported_grant_type',
				'grant_type must be client_credentials, authorization_code or refresh_token',
			);
		}
	}
}

function clientCredentials(client: ClientAuth, context: SandboxContext): Reply {
	if (client.kind !== 'secret') {
		return oauthError(400, 'invalid_client', 'Invalid client');
	}

	const access = context.grants.issueAccessToken(
		{clientId: context.app.clientId, userId: undefined, scopes: []},
		context.controls.accessTokenLifetimeSeconds,
	);
	return json(200, {
		access_token: access.token,
		token_type: 'Bearer',
		expires_in: context.controls.accessTokenLifetimeSeconds,
	});
}

function authorizationCode(form: URLSearchParams, client: ClientAuth, context: SandboxContext): Reply {
	const code = context.grants.code(form.get('code') ?? '');
	if (code === undefined || code.used || code.clientId !== context.app.clientId) {
		return oauthError(400, 'invalid_grant', 'Invalid authorization code');
	}

	if (code.expiresAt <= context.clock.now()) {
		return oauthError(400, 'invalid_grant', 'Authorization code expired');
	}

	if (form.get('redirect_uri') !== code.redirectUri) {
		return oauthError(400, 'invalid_grant', 'Invalid redirect URI');
	}

	const verifier = form.get('code_verifier');
	if (code.codeChallenge === undefined) {
		if (client.kind !== 'secret') {
			return oauthError(400, 'invalid_client', 'Invalid client');
		}
	} else if (verifier === null) {
		return oauthError(400, 'invalid_request', 'code_verifier required');
	} else if (!isValidVerifier(verifier) || challengeOf(verifier) !== code.codeChallenge) {
		return oauthError(400, 'invalid_grant', 'code_verifier was incorrect');
	}

	code.used = true;
	const refreshToken = context.grants.issueRefreshToken({
		clientId: code.clientId,
		userId: code.userId,
		scopes: code.scopes,
		authorizedAt: context.clock.now(),
		publicClient: client.kind === 'public',
	});
	return userTokens(refreshToken, refreshToken.token, context);
}

function refresh(form: URLSearchParams, client: ClientAuth, context: SandboxContext): Reply {
	const presented = context.grants.refreshToken(form.get('refresh_token') ?? '');
	if (presented === undefined || presented.clientId !== context.app.clientId) {
		return oauthError(400, 'invalid_grant', 'Invalid refresh token');
	}

	if (client.kind === 'public' && !presented.publicClient) {
		return oauthError(400, 'invalid_client', 'Invalid client');
	}

	const ageSeconds = (context.clock.now() - presented.authorizedAt) / 1000;
	if (presented.revoked || ageSeconds >= context.controls.refreshTokenMaxAgeSeconds) {
		return oauthError(400, 'invalid_grant', 'Refresh token revoked');
	}

	switch (context.controls.refreshTokenMode) {
		case 'keep': {
			return userTokens(presented, presented.token, context);
		}

		case 'omit': {
			return userTokens(presented, undefined, context);
		}

		case 'rotate': {
			presented.revoked = true;
			const {token: _old, revoked: _revoked, ...fields} = presented;
			const rotated = context.grants.issueRefreshToken(fields);
			return userTokens(rotated, rotated.token, context);
		}
	}
}

function userTokens(
	grant: RefreshToken,
	refreshTokenToSend: string | undefined,
	context: SandboxContext,
): Reply {
	const lifetime = context.controls.accessTokenLifetimeSeconds;
	const access = context.grants.issueAccessToken(
		{clientId: grant.clientId, userId: grant.userId, scopes: grant.scopes},
		lifetime,
	);
	return json(200, {
		access_token: access.token,
		token_type: 'Bearer',
		expires_in: lifetime,
		scope: grant.scopes.join(' '),
		...(refreshTokenToSend === undefined ? {} : {refresh_token: refreshTokenToSend}),
	});
}

function isValidVerifier(verifier: string): boolean {
	return /^[\w.~-]{43,128}$/.test(verifier);
}

function challengeOf(verifier: string): string {
	return createHash('sha256').update(verifier).digest('base64url');
}
