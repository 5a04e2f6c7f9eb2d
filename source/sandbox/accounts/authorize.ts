import type {SandboxContext} from '../context.js';
import {html, type Reply, redirect} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import {isRegisteredRedirectUri, isSecureRedirectUri} from './redirect-uri.js';
import {knownScopes, parseScopes} from './scopes.js';

/**
 * `GET /authorize`: the sandbox's test user is always logged in and answers the consent page at
 * once (approve or deny, by `controls.consent`), so the browser is redirected straight back.
 */
export function authorize(request: SandboxRequest, context: SandboxContext): Reply {
	const query = request.url.searchParams;
	const clientId = query.get('client_id');
	const redirectUri = query.get('redirect_uri') ?? '';
	if (clientId !== context.app.clientId) {
		return errorPage('INVALID_CLIENT: Invalid client');
	}

	if (!isSecureRedirectUri(redirectUri)) {
		return errorPage('INVALID_CLIENT: Insecure redirect URI');
	}

	if (!isRegisteredRedirectUri(redirectUri, context.app.redirectUris)) {
		return errorPage('INVALID_CLIENT: Invalid redirect URI');
	}

	const back = (fields: Record<string, string>) => callback(redirectUri, query.get('state'), fields, context);
	if (query.get('response_type') !== 'code') {
		return back({error: 'unsupported_response_type'});
	}

	const scopes = parseScopes(query.get('scope'));
	if (scopes.some((scope) => !knownScopes.has(scope))) {
		return back({error: 'invalid_scope'});
	}

	const codeChallenge = query.get('code_challenge') ?? undefined;
	const challengeMethod = query.get('code_challenge_method');
	if (
		(codeChallenge === undefined) !== (challengeMethod === null) ||
		(challengeMethod ?? 'S256') !== 'S256'
	) {
		return back({error: 'invalid_request', error_description: 'code_challenge_method must be S256'});
	}

	if (context.controls.consent === 'deny') {
		return back({error: 'access_denied'});
	}

	const {code} = context.grants.issueCode({
		clientId,
		userId: context.user.id,
		redirectUri,
		scopes,
		codeChallenge,
	});
	return back({code});
}

function callback(
	redirectUri: string,
	state: string | null,
	fields: Record<string, string>,
	context: SandboxContext,
): Reply {
	const target = new URL(redirectUri);
	for (const [name, value] of Object.entries(fields)) {
		target.searchParams.set(name, value);
	}

	if (state !== null) {
		target.searchParams.set('state', state);
	}

	if (context.controls.issuerInCallback) {
		target.searchParams.set('iss', `${context.origin}/`);
	}

	return redirect(target.href);
}

function errorPage(message: string): Reply {
	return html(400, `<!doctype html><title>Error</title><h1>Oops! Something went wrong</h1><p>${message}</p>`);
}
