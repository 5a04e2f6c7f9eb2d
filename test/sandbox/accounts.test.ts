import {describe, expect, test} from 'vitest';
import {
	allPlaybackScopes,
	appToken,
	authorize,
	basicAuth,
	callApi,
	postToken,
	testRedirectUri,
	userTokens,
	withSandbox,
} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

describe('client credentials', () => {
	test('a client with its secret gets an app token that reads the catalog but not /me', async () => {
		const {status, body} = await postToken(
			sandbox(),
			{grant_type: 'client_credentials'},
			{authorization: basicAuth(sandbox())},
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({token_type: 'Bearer', expires_in: 3600});
		expect(body).not.toHaveProperty('refresh_token');
		expect(body).not.toHaveProperty('scope');

		const token = String(body.access_token);
		expect((await callApi(sandbox(), token, 'GET', '/search?q=night&type=artist')).status).toBe(200);
		const me = await callApi(sandbox(), token, 'GET', '/me/player/devices');
		expect(me.status).toBe(401);
		expect(me.body).toEqual({error: {status: 401, message: 'Valid user authentication required'}});
	});

	test('a wrong secret, an unknown client and a missing client are refused as invalid_client', async () => {
		const wrongSecret = await postToken(
			sandbox(),
			{grant_type: 'client_credentials'},
			{authorization: basicAuth(sandbox(), 'not-the-secret')},
		);
		expect(wrongSecret).toEqual({
			status: 400,
			body: {error: 'invalid_client', error_description: 'Invalid client secret'},
		});

		const unknown = await postToken(
			sandbox(),
			{grant_type: 'client_credentials'},
			{authorization: `Basic ${Buffer.from('someone-else:secret').toString('base64')}`},
		);
		expect(unknown.body).toEqual({error: 'invalid_client', error_description: 'Invalid client'});

		const none = await postToken(sandbox(), {grant_type: 'client_credentials'});
		expect(none.body).toMatchObject({error: 'invalid_client'});
	});

	test('a request without grant_type, or not form-encoded, is refused', async () => {
		const missing = await postToken(sandbox(), {}, {authorization: basicAuth(sandbox())});
		expect(missing.body).toEqual({
			error: 'unsupported_grant_type',
			error_description: 'grant_type parameter is missing',
		});

		const response = await fetch(`${sandbox().origin}/api/token`, {
			method: 'POST',
			headers: {authorization: basicAuth(sandbox()), 'content-type': 'application/json'},
			body: JSON.stringify({grant_type: 'client_credentials'}),
		});
		expect(response.status).toBe(400);
	});
});

describe('authorize', () => {
	test('the test user consents at once and comes back with a code and the same state', async () => {
		const {location, code} = await authorize(sandbox(), {state: 'xyz-123'});
		expect(`${location.origin}${location.pathname}`).toBe(testRedirectUri);
		expect(code).toMatch(/^[\w-]{20,}$/);
		expect(location.searchParams.get('state')).toBe('xyz-123');
	});

	test('with consent switched to deny, the callback carries error=access_denied and the state', async () => {
		sandbox().controls.consent = 'deny';
		const {location, code} = await authorize(sandbox(), {state: 'abc'});
		expect(code).toBeNull();
		expect(location.searchParams.get('error')).toBe('access_denied');
		expect(location.searchParams.get('state')).toBe('abc');
	});

	test('a loopback URI registered without a port accepts any port; other URIs get an error page', async () => {
		const anyPort = await authorize(sandbox(), {redirectUri: 'http://127.0.0.1:43123/callback'});
		expect(anyPort.code).not.toBeNull();

		for (const [redirectUri, message] of [
			['http://localhost:8888/callback', 'INVALID_CLIENT: Insecure redirect URI'],
			['http://127.0.0.1:8888/other', 'INVALID_CLIENT: Invalid redirect URI'],
			['https://example.com/callback', 'INVALID_CLIENT: Invalid redirect URI'],
		] as const) {
			const query = new URLSearchParams({
				client_id: sandbox().app.clientId,
				response_type: 'code',
				redirect_uri: redirectUri,
			});
			const response = await fetch(`${sandbox().origin}/authorize?${query.toString()}`, {redirect: 'manual'});
			expect(response.status).toBe(400);
			expect(await response.text()).toContain(message);
		}
	});

	test('unknown scopes and the removed implicit grant come back as errors on the callback', async () => {
		const scope = await authorize(sandbox(), {scopes: ['user-read-playback-state', 'no-such-scope']});
		expect(scope.location.searchParams.get('error')).toBe('invalid_scope');

		const query = new URLSearchParams({
			client_id: sandbox().app.clientId,
			response_type: 'token',
			redirect_uri: testRedirectUri,
		});
		const response = await fetch(`${sandbox().origin}/authorize?${query.toString()}`, {redirect: 'manual'});
		expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe(
			'unsupported_response_type',
		);
	});

	test('the callback can carry an iss parameter, as some servers add', async () => {
		sandbox().controls.issuerInCallback = true;
		const {location} = await authorize(sandbox());
		expect(location.searchParams.get('iss')).toBe(`${sandbox().origin}/`);
	});
});

describe('authorization code', () => {
	test('with Basic auth and no PKCE: tokens with the granted scopes and a refresh token', async () => {
		const {code} = await authorize(sandbox(), {pkce: false});
		const {status, body} = await postToken(
			sandbox(),
			{grant_type: 'authorization_code', code: code ?? '', redirect_uri: testRedirectUri},
			{authorization: basicAuth(sandbox())},
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({token_type: 'Bearer', expires_in: 3600, scope: allPlaybackScopes.join(' ')});
		expect(body.refresh_token).toEqual(expect.any(String));
		expect((await callApi(sandbox(), String(body.access_token), 'GET', '/me/player/devices')).status).toBe(
			200,
		);
	});

	test('PKCE as a public client: client_id and code_verifier in the body, no secret', async () => {
		const {code, verifier} = await authorize(sandbox());
		const {status, body} = await postToken(sandbox(), {
			grant_type: 'authorization_code',
			code: code ?? '',
			redirect_uri: testRedirectUri,
			client_id: sandbox().app.clientId,
			code_verifier: verifier,
		});
		expect(status).toBe(200);
		expect(body.refresh_token).toEqual(expect.any(String));
	});

	test('PKCE with Basic auth as well, as a confidential client', async () => {
		const {code, verifier} = await authorize(sandbox());
		const {status} = await postToken(
			sandbox(),
			{
				grant_type: 'authorization_code',
				code: code ?? '',
				redirect_uri: testRedirectUri,
				code_verifier: verifier,
			},
			{authorization: basicAuth(sandbox())},
		);
		expect(status).toBe(200);
	});

	test('a wrong verifier, a wrong redirect URI, a reused code and a code without PKCE or secret fail', async () => {
		const exchange = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
			postToken(
				sandbox(),
				{
					grant_type: 'authorization_code',
					redirect_uri: testRedirectUri,
					client_id: sandbox().app.clientId,
					...fields,
				},
				headers,
			);

		const first = await authorize(sandbox());
		const wrongVerifier = await exchange({code: first.code ?? '', code_verifier: 'x'.repeat(43)});
		expect(wrongVerifier.body).toEqual({
			error: 'invalid_grant',
			error_description: 'code_verifier was incorrect',
		});

		const second = await authorize(sandbox());
		const wrongRedirect = await exchange({
			code: second.code ?? '',
			code_verifier: second.verifier,
			redirect_uri: 'http://127.0.0.1:9999/callback',
		});
		expect(wrongRedirect.body).toEqual({error: 'invalid_grant', error_description: 'Invalid redirect URI'});

		const third = await authorize(sandbox());
		expect((await exchange({code: third.code ?? '', code_verifier: third.verifier})).status).toBe(200);
		const reused = await exchange({code: third.code ?? '', code_verifier: third.verifier});
		expect(reused.body).toEqual({error: 'invalid_grant', error_description: 'Invalid authorization code'});

		const noPkce = await authorize(sandbox(), {pkce: false});
		const publicWithoutPkce = await exchange({code: noPkce.code ?? ''});
		expect(publicWithoutPkce.body).toMatchObject({error: 'invalid_client'});
	});

	test('a code older than ten minutes has expired', async () => {
		const {code, verifier} = await authorize(sandbox());
		sandbox().clock.advance(11 * 60 * 1000);
		const {body} = await postToken(sandbox(), {
			grant_type: 'authorization_code',
			code: code ?? '',
			redirect_uri: testRedirectUri,
			client_id: sandbox().app.clientId,
			code_verifier: verifier,
		});
		expect(body).toEqual({error: 'invalid_grant', error_description: 'Authorization code expired'});
	});
});

describe('access token lifetime', () => {
	test('a token stops working when its lifetime has passed, with Spotify’s 401 and challenge', async () => {
		sandbox().controls.accessTokenLifetimeSeconds = 60;
		const token = await appToken(sandbox());
		expect((await callApi(sandbox(), token, 'GET', '/search?q=night&type=artist')).status).toBe(200);

		sandbox().clock.advance(61_000);
		const expired = await callApi(sandbox(), token, 'GET', '/search?q=night&type=artist');
		expect(expired.status).toBe(401);
		expect(expired.body).toEqual({error: {status: 401, message: 'The access token expired'}});
		expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
	});

	test('no token, an unknown token and a non-bearer scheme each get their own answer', async () => {
		expect((await callApi(sandbox(), undefined, 'GET', '/search?q=a&type=artist')).body).toEqual({
			error: {status: 401, message: 'No token provided'},
		});
		expect((await callApi(sandbox(), 'made-up', 'GET', '/search?q=a&type=artist')).body).toEqual({
			error: {status: 401, message: 'Invalid access token'},
		});
		const basic = await fetch(`${sandbox().origin}/v1/search?q=a&type=artist`, {
			headers: {authorization: basicAuth(sandbox())},
		});
		expect(basic.status).toBe(400);
	});
});

describe('refresh', () => {
	const refresh = (refreshToken: string) =>
		postToken(sandbox(), {
			grant_type: 'refresh_token',
			refresh_token: refreshToken,
			client_id: sandbox().app.clientId,
		});

	test('omit (the default since mid-2026): a new access token and no refresh token; the old one keeps working', async () => {
		const {refreshToken} = await userTokens(sandbox());
		const first = await refresh(refreshToken);
		expect(first.status).toBe(200);
		expect(first.body).not.toHaveProperty('refresh_token');
		expect(first.body.scope).toBe(allPlaybackScopes.join(' '));
		expect((await refresh(refreshToken)).status).toBe(200);
	});

	test('keep: the same refresh token comes back', async () => {
		sandbox().controls.refreshTokenMode = 'keep';
		const {refreshToken} = await userTokens(sandbox());
		const {body} = await refresh(refreshToken);
		expect(body.refresh_token).toBe(refreshToken);
	});

	test('rotate: a new refresh token comes back and the old one is revoked', async () => {
		sandbox().controls.refreshTokenMode = 'rotate';
		const {refreshToken} = await userTokens(sandbox());
		const {body} = await refresh(refreshToken);
		expect(body.refresh_token).toEqual(expect.any(String));
		expect(body.refresh_token).not.toBe(refreshToken);

		expect((await refresh(refreshToken)).body).toEqual({
			error: 'invalid_grant',
			error_description: 'Refresh token revoked',
		});
		expect((await refresh(String(body.refresh_token))).status).toBe(200);
	});

	test('six months after the original login, refresh answers invalid_grant, however often it refreshed', async () => {
		const {refreshToken} = await userTokens(sandbox());
		const day = 24 * 60 * 60 * 1000;
		sandbox().clock.advance(100 * day);
		expect((await refresh(refreshToken)).status).toBe(200);

		sandbox().clock.advance(83 * day);
		expect((await refresh(refreshToken)).body).toEqual({
			error: 'invalid_grant',
			error_description: 'Refresh token revoked',
		});
	});

	test('an unknown refresh token is invalid_grant; a confidential one cannot refresh without its secret', async () => {
		expect((await refresh('not-a-token')).body).toEqual({
			error: 'invalid_grant',
			error_description: 'Invalid refresh token',
		});

		const {code} = await authorize(sandbox(), {pkce: false});
		const {body} = await postToken(
			sandbox(),
			{grant_type: 'authorization_code', code: code ?? '', redirect_uri: testRedirectUri},
			{authorization: basicAuth(sandbox())},
		);
		const confidential = String(body.refresh_token);
		expect((await refresh(confidential)).body).toMatchObject({error: 'invalid_client'});
		const withSecret = await postToken(
			sandbox(),
			{grant_type: 'refresh_token', refresh_token: confidential},
			{authorization: basicAuth(sandbox())},
		);
		expect(withSecret.status).toBe(200);
	});
});

describe('Development Mode', () => {
	test('a user missing from the allow-list is refused on every Web API call, app tokens still work', async () => {
		const {accessToken} = await userTokens(sandbox());
		sandbox().controls.userAllowListed = false;
		expect((await callApi(sandbox(), accessToken, 'GET', '/me/player/devices')).body).toEqual({
			error: {status: 403, message: 'User not registered in the Developer Dashboard'},
		});
		expect(
			(await callApi(sandbox(), await appToken(sandbox()), 'GET', '/search?q=a&type=artist')).status,
		).toBe(200);
	});

	test('an app whose owner lost Premium is refused everywhere', async () => {
		const token = await appToken(sandbox());
		sandbox().controls.ownerPremium = false;
		expect((await callApi(sandbox(), token, 'GET', '/search?q=a&type=artist')).body).toEqual({
			error: {status: 403, message: 'Active premium subscription required for the owner of the app'},
		});
	});
});
