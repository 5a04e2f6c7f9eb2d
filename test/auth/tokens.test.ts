import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {describe, expect, test} from 'vitest';
import {AppTokenProvider} from '../../source/auth/app-token-provider.js';
import {NotLoggedInError, SessionExpiredError} from '../../source/auth/auth-errors.js';
import {readTokenResponse} from '../../source/auth/token-response.js';
import {TokenStoreError} from '../../source/auth/token-store.js';
import {UserTokenProvider} from '../../source/auth/user-token-provider.js';
import {accountsFor, sandboxConfig, temporaryTokenStore} from '../helpers/auth-setup.js';
import {postToken, userTokens, withSandbox} from '../helpers/sandbox-session.js';
import {startTokenProxy} from '../helpers/token-proxy.js';

const sandbox = withSandbox();
const now = () => sandbox().clock.now();
const tokenRequests = () => sandbox().traffic.count('POST', '/api/token');

describe('client credentials', () => {
	test('one token is fetched on demand and reused until shortly before it expires', async () => {
		const config = sandboxConfig(sandbox(), {authMethod: 'CLIENT_CREDENTIALS'});
		const provider = new AppTokenProvider(accountsFor(config), now);
		const [first, second] = await Promise.all([provider.getAccessToken(), provider.getAccessToken()]);
		expect(second).toBe(first);
		expect(tokenRequests()).toBe(1);

		sandbox().clock.advance(3545 * 1000);
		expect(await provider.getAccessToken()).not.toBe(first);
		expect(tokenRequests()).toBe(2);
	});

	test('a wrong secret is explained without showing it', async () => {
		const config = sandboxConfig(sandbox(), {clientSecret: 'wrong-secret-value'});
		const error = await new AppTokenProvider(accountsFor(config))
			.getAccessToken()
			.catch((caught: Error) => caught);
		expect(String(error)).toContain("Spotify refused this app's credentials: Invalid client secret.");
		expect(String(error)).not.toContain('wrong-secret-value');
	});

	test('an unreachable accounts service names the address and the config key', async () => {
		const config = sandboxConfig(sandbox(), {accessTokenUrl: 'http://127.0.0.1:9/api/token'});
		await expect(new AppTokenProvider(accountsFor(config)).getAccessToken()).rejects.toThrow(
			/^could not reach the Spotify accounts service at http:\/\/127\.0\.0\.1:9\/api\/token \((connection refused, ECONNREFUSED|could not connect, ERR_SOCKET_CLOSED_BEFORE_CONNECTION)\): check your connection, or access_token_url in /,
		);
	});
});

describe('a stored login', () => {
	async function loggedIn() {
		const config = sandboxConfig(sandbox(), {clientSecret: undefined});
		const store = await temporaryTokenStore();
		const tokens = await userTokens(sandbox(), config.scopes);
		store.write({
			clientId: config.clientId,
			refreshToken: tokens.refreshToken,
			accessToken: tokens.accessToken,
			accessTokenExpiresAt: now() + 3600 * 1000,
			scopes: config.scopes,
			authorizedAt: now(),
		});
		const provider = new UserTokenProvider({
			store,
			accounts: accountsFor(config),
			clientId: config.clientId,
			now,
		});
		return {config, store, provider, tokens};
	}

	test('the stored access token is used while fresh, then refreshed once', async () => {
		const {provider, tokens, store} = await loggedIn();
		const before = tokenRequests();
		expect(await provider.getAccessToken()).toBe(tokens.accessToken);
		expect(tokenRequests()).toBe(before);

		sandbox().clock.advance(3570 * 1000);
		const renewed = await provider.getAccessToken();
		expect(renewed).not.toBe(tokens.accessToken);
		expect(store.read()?.accessToken).toBe(renewed);
	});

	test.each([
		['omit', 'keeps the stored refresh token'],
		['keep', 'keeps the same refresh token'],
		['rotate', 'stores the new refresh token'],
	] as const)('refresh mode %s %s', async (mode, _outcome) => {
		sandbox().controls.refreshTokenMode = mode;
		const {provider, tokens, store} = await loggedIn();
		await provider.getAccessToken({forceRefresh: true});
		const stored = store.read()?.refreshToken;
		if (mode === 'rotate') {
			expect(stored).not.toBe(tokens.refreshToken);
			await provider.getAccessToken({forceRefresh: true});
			expect(store.read()?.refreshToken).not.toBe(stored);
		} else {
			expect(stored).toBe(tokens.refreshToken);
		}
	});

	test('two refreshes asked for at once are one request', async () => {
		const {provider} = await loggedIn();
		sandbox().clock.advance(3600 * 1000);
		const before = tokenRequests();
		const [first, second] = await Promise.all([provider.getAccessToken(), provider.getAccessToken()]);
		expect(first).toBe(second);
		expect(tokenRequests()).toBe(before + 1);
	});

	test('six months on, refresh ends in "run musicterminal login" and the refresh token is kept', async () => {
		const {provider, store, tokens} = await loggedIn();
		sandbox().clock.advance(200 * 24 * 3600 * 1000);
		await expect(provider.getAccessToken()).rejects.toThrow(SessionExpiredError);
		await expect(provider.getAccessToken()).rejects.toThrow(
			'your Spotify session has expired: run `musicterminal login`.',
		);
		expect(store.read()?.refreshToken).toBe(tokens.refreshToken);
	});

	test('a network failure during refresh loses nothing', async () => {
		const {provider, store, tokens} = await loggedIn();
		sandbox().clock.advance(3600 * 1000);
		sandbox().faults.inject({path: '/api/token', fault: {kind: 'drop-connection'}, times: 3});
		await expect(provider.getAccessToken()).rejects.toThrow(/could not reach the Spotify accounts service/);
		expect(store.read()?.refreshToken).toBe(tokens.refreshToken);
		expect(await provider.getAccessToken()).toEqual(expect.any(String));
	});

	test('a refresh token refused because another process rotated it meanwhile is retried with the one it stored', async () => {
		sandbox().controls.refreshTokenMode = 'rotate';
		const proxy = await startTokenProxy(sandbox());
		const config = sandboxConfig(sandbox(), {clientSecret: undefined, accessTokenUrl: proxy.url});
		const {store, tokens} = await loggedIn();
		const provider = new UserTokenProvider({
			store,
			accounts: accountsFor(config),
			clientId: config.clientId,
			now,
		});
		sandbox().clock.advance(3600 * 1000);

		// This process's refresh is on its way with the stored token when another one, not taking
		// turns through the lock (an older musicterminal), rotates that token and stores the next.
		const held = proxy.holdNext();
		const refreshing = provider.getAccessToken();
		const {release} = await held;
		const {body} = await postToken(sandbox(), {
			grant_type: 'refresh_token',
			refresh_token: tokens.refreshToken,
			client_id: config.clientId,
		});
		const session = store.read();
		store.write({...(session ?? expect.fail('no session')), refreshToken: String(body.refresh_token)});
		release();

		expect(await refreshing).toEqual(expect.any(String));
		const stored = store.read()?.refreshToken ?? '';
		expect(stored).not.toBe(body.refresh_token);
		expect(sandbox().grants.refreshToken(stored)?.revoked).toBe(false);
	});

	test('with nothing stored, or a login of another app, the message says to log in', async () => {
		const config = sandboxConfig(sandbox());
		const store = await temporaryTokenStore();
		const provider = new UserTokenProvider({store, accounts: accountsFor(config), clientId: config.clientId});
		await expect(provider.getAccessToken()).rejects.toThrow(NotLoggedInError);

		const {store: otherStore} = await loggedIn();
		const otherApp = new UserTokenProvider({
			store: otherStore,
			accounts: accountsFor(config),
			clientId: 'another-app',
		});
		await expect(otherApp.getAccessToken()).rejects.toThrow(/belongs to another app/);
	});
});

describe('token endpoint answers', () => {
	test.each([
		['token_type in lower case', {token_type: 'bearer'}],
		['token_type left out', {token_type: undefined}],
		['fields Spotify may add', {id_token: 'x', extra: {nested: true}}],
		['no refresh_token', {refresh_token: undefined}],
		['refresh_token null', {refresh_token: null}],
	])('are taken leniently: %s', (_case, change) => {
		const answer = {
			access_token: 'access',
			token_type: 'Bearer',
			expires_in: 3600,
			refresh_token: 'refresh',
			scope: 'a b',
			...change,
		};
		expect(readTokenResponse(answer)).toMatchObject({accessToken: 'access', expiresInSeconds: 3600});
	});

	test.each([
		['no access_token', {access_token: undefined}],
		['a token that is not a bearer token', {token_type: 'mac'}],
		['expires_in not a number', {expires_in: '3600'}],
		['expires_in zero', {expires_in: 0}],
	])('are refused with %s', (_case, change) => {
		expect(readTokenResponse({access_token: 'a', token_type: 'Bearer', expires_in: 3600, ...change})).toBe(
			undefined,
		);
	});

	test('an empty scope says nothing of the scopes, so the ones stored stay', () => {
		const answer = {access_token: 'a', token_type: 'Bearer', expires_in: 3600};
		expect(readTokenResponse({...answer, scope: ''})?.scopes).toBeUndefined();
		expect(readTokenResponse({...answer, scope: ' '})?.scopes).toBeUndefined();
		expect(readTokenResponse({...answer, scope: 'a  b'})?.scopes).toEqual(['a', 'b']);
	});

	test('a lifetime far longer than Spotify gives is held to a day', () => {
		expect(
			readTokenResponse({access_token: 'a', token_type: 'Bearer', expires_in: 1e12})?.expiresInSeconds,
		).toBe(86_400);
	});

	test('an error body that is not OAuth JSON is told by its HTTP status', async () => {
		sandbox().faults.inject({
			path: '/api/token',
			fault: {kind: 'server-error', status: 503, body: 'html'},
			times: 3,
		});
		const config = sandboxConfig(sandbox(), {authMethod: 'CLIENT_CREDENTIALS'});
		await expect(new AppTokenProvider(accountsFor(config)).getAccessToken()).rejects.toThrow(
			'the Spotify accounts service refused the request (HTTP 503). Try again later',
		);
	});
});

/** Stores whose numbers no login could have: each is set aside like any unreadable store. */
function nonsenseNumbers(): Array<[string, string, string]> {
	const session = (fields: string) =>
		`{"session": {"clientId": "app", "refreshToken": "keep-me", "scopes": [], "authorizedAt": 1764547200000, ${fields}}}`;
	const understood = 'it does not hold a login musicterminal understands';
	return [
		[
			'authorizedAt out of range',
			session('"authorizedAt": 8.64e20'),
			`${understood} (session.authorizedAt is wrong)`,
		],
		['authorizedAt negative', session('"authorizedAt": -5'), `${understood} (session.authorizedAt is wrong)`],
		[
			'authorizedAt a fraction',
			session('"authorizedAt": 1.5'),
			`${understood} (session.authorizedAt is wrong)`,
		],
		[
			'authorizedAt in the future',
			session(`"authorizedAt": ${Date.now() + 400 * 86_400_000}`),
			`${understood} (session.authorizedAt is in the future)`,
		],
		[
			'an expiry that overflows',
			session('"accessTokenExpiresAt": 1e400'),
			`${understood} (session.accessTokenExpiresAt is wrong)`,
		],
		[
			'an expiry years ahead',
			session(`"accessTokenExpiresAt": ${Date.now() + 3 * 365 * 86_400_000}`),
			`${understood} (session.accessTokenExpiresAt is in the future)`,
		],
		[
			'an expiry that is text',
			session('"accessTokenExpiresAt": "soon"'),
			`${understood} (session.accessTokenExpiresAt is wrong)`,
		],
	];
}

describe('the token store', () => {
	test('is a 0600 file that holds no client secret', async () => {
		const store = await temporaryTokenStore();
		store.write({
			clientId: 'app',
			refreshToken: 'refresh-value',
			accessToken: undefined,
			accessTokenExpiresAt: undefined,
			scopes: [],
			authorizedAt: 0,
		});
		expect((await stat(store.path)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({
			session: {refreshToken: 'refresh-value'},
		});
	});

	test.each([
		['not JSON', '{"version": 1, "session": {"refreshToken": "keep-me"', 'it is not valid JSON'],
		[
			'a session of the wrong shape',
			'{"version": 1, "session": {"refreshToken": 42}}',
			'it does not hold a login musicterminal understands (session.clientId is wrong)',
		],
		...nonsenseNumbers(),
	])('a corrupt store (%s) is kept aside with a message, never wiped', async (_kind, content, reason) => {
		const store = await temporaryTokenStore();
		await mkdir(dirname(store.path), {recursive: true});
		await writeFile(store.path, content);
		const error = (() => {
			try {
				store.read();
			} catch (caught) {
				return caught;
			}

			return undefined;
		})();
		expect(error).toBeInstanceOf(TokenStoreError);
		const message = (error as Error).message;
		expect(message).toContain(`the token store ${store.path} could not be read (${reason}).`);
		const aside = /It was kept as (\S+);/.exec(message)?.[1] ?? '';
		expect(await readFile(aside, 'utf8')).toBe(content);
		expect(store.read()).toBeUndefined();
	});
});
