import {chmod, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {beforeEach, describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {runDoctorCommand} from '../../source/commands/doctor.js';
import {issueUserSession} from '../../source/sandbox/user-session.js';
import {writeRateLimitRecord} from '../../source/spotify/rate-limit-record.js';
import {freePort} from '../helpers/auth-setup.js';
import {withCommandSession} from '../helpers/command-session.js';
import {runDoctor, setConfig, supportedNode, withFreeRedirectPort} from '../helpers/doctor-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const dayMs = 24 * 60 * 60 * 1000;

describe('a healthy setup', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test('every check passes, and the report says where, who and what', async () => {
		const run = await runDoctor(session());
		expect(run.with('pass')).toEqual([
			'node',
			'config',
			'auth-method',
			'redirect-uri',
			'accounts',
			'web-api',
			'clock',
			'token-store',
			'login',
			'access-token',
			'scopes',
			'account',
			'devices',
			'rate-limit',
		]);
		expect(run.ok).toBe(true);
		expect(run.error).toBeUndefined();
		expect(run.checks.config?.detail).toBe(`${session().configPath}, valid`);
		expect(run.checks.accounts?.detail).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/token answered in \d+ ms$/);
		expect(run.checks.accounts?.ms).toEqual(expect.any(Number));
		expect(run.checks.account?.detail).toMatch(/^Sandbox Listener \(sandbox-listener\), answered in \d+ ms$/);
		expect(run.checks.devices?.detail).toBe(
			'Studio Desktop is active; 3 in all (Studio Desktop, Pocket Phone, Kitchen Speaker)',
		);
		expect(run.checks.login?.detail).toMatch(
			/^logged in \d+ s ago \(\d{4}-\d\d-\d\d\); Spotify ends it on \d{4}-\d\d-\d\d, in 18\d days$/,
		);
	});

	test('as text: a line per check, ok first, and a last line saying all is in order', async () => {
		await runDoctorCommand({config: session().configPath}, session().io, {nodeVersion: supportedNode});
		const lines = session().stdout().split('\n');
		expect(lines.slice(0, 14).every((line) => /^ok {4}\S/.test(line))).toBe(true);
		expect(lines[1]).toBe(`ok    Config        ${session().configPath}, valid`);
		expect(lines.slice(14)).toEqual(['', 'Everything checked is in order.', '']);
	});

	test('reads devices without touching the player, and renews the access token once', async () => {
		sandbox().traffic.reset();
		await runDoctor(session());
		const calls = sandbox().traffic.records.map(({method, path}) => `${method} ${path}`);
		expect(calls.filter((call) => !call.startsWith('GET '))).toEqual(['POST /api/token']);
		expect(calls).toContain('GET /v1/me/player/devices');
	});
});

describe('the config', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);

	test('not there: where it was looked for, and the rest skipped', async () => {
		await rm(session().configPath);
		const run = await runDoctor(session());
		expect(run.checks.config).toMatchObject({
			status: 'failure',
			detail: `the config file ${session().configPath} (given with --config) does not exist. Check the path, or run \`musicterminal init --config ${session().configPath}\` to write it.`,
		});
		expect(run.with('skipped')).toEqual([
			'auth-method',
			'redirect-uri',
			'accounts',
			'web-api',
			'clock',
			'token-store',
			'login',
			'access-token',
			'scopes',
			'account',
			'devices',
		]);
		expect(run.checks.devices?.detail).toBe('needs a valid config');
		expect(run.error).toBe('a check failed (Config): see above for what to do.');
	});

	test('a localhost redirect URI, which Spotify rejects: the line, the reason and the fix', async () => {
		await setConfig(session(), {redirect_uri: 'http://localhost:8888/callback'});
		const run = await runDoctor(session());
		expect(run.checks.config?.detail).toMatch(
			/config\.yaml:\d+: redirect_uri "http:\/\/localhost:8888\/callback" uses localhost, which Spotify rejects in redirect URIs since 27 November 2025\. Use http:\/\/127\.0\.0\.1:8888\/callback instead/,
		);
	});

	test('an unknown key is a warning, not a failure', async () => {
		await withFreeRedirectPort(session());
		await setConfig(session(), {pol_interval: '3'});
		const run = await runDoctor(session());
		expect(run.checks.config).toMatchObject({
			status: 'warning',
			detail: expect.stringContaining('unknown key pol_interval is ignored. Did you mean poll_interval?'),
		});
		expect(run.ok).toBe(true);
	});

	test('the redirect URI’s port taken by another program: a warning naming it', async () => {
		const port = await freePort();
		const squatter = createServer();
		await new Promise<void>((resolve) => {
			squatter.listen(port, '127.0.0.1', resolve);
		});
		try {
			await setConfig(session(), {redirect_uri: `http://127.0.0.1:${port}/callback`});
			const run = await runDoctor(session());
			expect(run.checks['redirect-uri']).toMatchObject({
				status: 'warning',
				detail: `http://127.0.0.1:${port}/callback: port ${port} on 127.0.0.1 is in use by another program, so \`musicterminal login\` could not listen for Spotify's answer`,
			});
		} finally {
			await new Promise((resolve) => {
				squatter.close(resolve);
			});
		}
	});
});

describe('no network: each way of not reaching a server named', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test('a refused connection (nothing listens on the port)', async () => {
		const port = await freePort();
		await setConfig(session(), {access_token_url: `http://127.0.0.1:${port}/api/token`});
		const run = await runDoctor(session());
		expect(run.checks.accounts).toMatchObject({
			status: 'failure',
			detail: `could not reach the accounts service at http://127.0.0.1:${port}/api/token: connection refused: nothing listens at 127.0.0.1:${port} (ECONNREFUSED)`,
			fix: `Check the address and port of access_token_url in ${session().configPath}, and that the server there is running.`,
		});
		expect(run.checks['access-token']).toMatchObject({
			status: 'skipped',
			detail: 'needs the accounts service',
		});
	});

	test('a name that does not resolve (DNS)', async () => {
		await setConfig(session(), {api_url: 'http://api.spotify.invalid'});
		const run = await runDoctor(session());
		expect(run.checks['web-api']).toMatchObject({
			status: 'failure',
			detail:
				'could not reach the Web API at http://api.spotify.invalid/v1: no such host: the name api.spotify.invalid does not resolve (DNS, ENOTFOUND)',
			fix: expect.stringMatching(/^Check your internet connection and DNS/),
		});
		expect(run.checks.account).toMatchObject({status: 'skipped', detail: 'needs the Web API'});
	});

	test('TLS spoken to a plain http port', async () => {
		await setConfig(session(), {api_url: `https://127.0.0.1:${sandbox().port}`});
		const run = await runDoctor(session());
		expect(run.checks['web-api']?.detail).toMatch(
			new RegExp(
				`^could not reach the Web API at https://127\\.0\\.0\\.1:${sandbox().port}/v1: TLS failed: 127\\.0\\.0\\.1:${sandbox().port} does not speak TLS`,
			),
		);
		expect(run.checks['web-api']?.fix).toMatch(
			/^Use https:\/\/ for Spotify \(http:\/\/ only for a local sandbox\)/,
		);
	});

	test('nothing reachable at all: both services fail, the clock cannot be compared, nothing further is tried', async () => {
		const port = await freePort();
		await setConfig(session(), {
			access_token_url: `http://127.0.0.1:${port}/api/token`,
			api_url: 'http://nowhere.invalid',
		});
		sandbox().traffic.reset();
		const run = await runDoctor(session());
		expect(run.with('failure')).toEqual(['accounts', 'web-api']);
		expect(run.checks.clock).toMatchObject({status: 'skipped'});
		expect(sandbox().traffic.records).toEqual([]);
	});
});

describe('faults of the Web API', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test('a server error: the status, and that Spotify is failing', async () => {
		sandbox().faults.inject({
			path: /^\/v1\//,
			fault: {kind: 'server-error', status: 503, body: 'html'},
			times: Number.POSITIVE_INFINITY,
		});
		const run = await runDoctor(session());
		expect(run.checks['web-api']).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(/\/v1 answered HTTP 503 in \d+ ms: Spotify's Web API is failing$/),
		});
	});

	test('no answer in time', async () => {
		sandbox().faults.inject({path: '/v1/me', fault: {kind: 'slow', delayMs: 2000}});
		const run = await runDoctor(session(), {timeoutMs: 300});
		expect(run.checks['web-api']?.detail).toMatch(
			/: no answer from 127\.0\.0\.1:\d+ within 300 ms \(timed out\)$/,
		);
	});

	test.each([['drop-connection' as const], ['truncated-body' as const]])(
		'%s: the connection dropped',
		async (kind) => {
			sandbox().faults.inject({path: '/v1/me', fault: {kind}});
			const run = await runDoctor(session());
			expect(run.checks['web-api']?.detail).toMatch(/dropped the connection before its answer was complete/);
		},
	);

	test('a 429: the account check says so, and the rate limit check tells until when', async () => {
		sandbox().faults.inject({
			path: '/v1/me',
			fault: {kind: 'rate-limit', retryAfterSeconds: 600},
			times: Number.POSITIVE_INFINITY,
		});
		const run = await runDoctor(session());
		expect(run.checks.account).toMatchObject({
			status: 'failure',
			detail: 'Spotify is limiting how often this app may call it: try again in 600 s.',
		});
		expect(run.checks['rate-limit']).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(
				/^the last 429 was \d+ s ago \(.* UTC\), on GET \/v1\/me \(Retry-After 600 s\); Spotify refuses requests until .* UTC, 10 min from now$/,
			),
		});
	});

	test('QUOTA_EXCEEDED: the quota, not a wait, is the problem', async () => {
		sandbox().faults.inject({path: '/v1/me', fault: {kind: 'quota-exceeded'}, times: 2});
		const run = await runDoctor(session());
		expect(run.checks.account?.detail).toMatch(/used up its Spotify request quota \(QUOTA_EXCEEDED\)/);
		expect(run.checks['rate-limit']).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(
				/\(no Retry-After, QUOTA_EXCEEDED\); requests are refused until the quota recovers$/,
			),
		});
	});

	test('the server’s clock 10 minutes ahead: a warning with the fix', async () => {
		sandbox().clock.advance(10 * 60_000);
		const run = await runDoctor(session());
		expect(run.checks.clock).toMatchObject({
			status: 'warning',
			detail:
				"this machine's clock is 10 min behind the server's (its Date header), so token and login expiry times are off by as much",
			fix: expect.stringContaining('timedatectl set-ntp true'),
		});
		expect(run.ok).toBe(true);
	});
});

describe('Development Mode and the player controls', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test('a user not on the app’s allow-list: who to add, and where', async () => {
		sandbox().controls.userAllowListed = false;
		const run = await runDoctor(session());
		expect(run.checks.account).toMatchObject({
			status: 'failure',
			detail:
				'Spotify refuses this account for this app (User not registered in the Developer Dashboard): an app in Development Mode serves its owner and at most five users added to it',
			fix: `In the Spotify developer dashboard, open the app with client_id ${sandbox().app.clientId}, then User Management, and add this account's name and email.`,
		});
		expect(run.checks.devices).toMatchObject({status: 'skipped', detail: 'needs the account'});
	});

	test('an app owner without Premium: every request refused, and why', async () => {
		sandbox().controls.ownerPremium = false;
		const run = await runDoctor(session());
		expect(run.checks.account).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(
				/^Spotify refuses every request of this app \(Active premium subscription required for the owner of the app\): the account that owns it/,
			),
			fix: "Give the app's owner account Spotify Premium, or use an app (its client_id) owned by a Premium account.",
		});
	});

	test.each([
		['a user without Premium (only a playback command would show it)', {premium: false}],
		['a consent page that denies (only a new login would meet it)', {consent: 'deny' as const}],
	])('%s: nothing doctor reads changes', async (_name, controls) => {
		Object.assign(sandbox().controls, controls);
		const run = await runDoctor(session());
		expect(run.with('failure')).toEqual([]);
		expect(run.with('warning')).toEqual([]);
	});

	test.each(['keep', 'rotate', 'omit'] as const)(
		'refresh tokens the server %ss: the renewal works and a refresh token stays stored',
		async (mode) => {
			sandbox().controls.refreshTokenMode = mode;
			const store = new TokenStore({directory: defaultTokenDirectory(session().env)});
			const before = store.read()?.refreshToken;
			const run = await runDoctor(session());
			expect(run.checks['access-token']).toMatchObject({status: 'pass'});
			const after = store.read()?.refreshToken;
			expect(after).toEqual(expect.any(String));
			expect(after === before).toBe(mode !== 'rotate');
		},
	);
});

describe('the login', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const store = () => new TokenStore({directory: defaultTokenDirectory(session().env)});
	beforeEach(async () => withFreeRedirectPort(session()));

	/** Stores a fresh sandbox login with these scopes, as if the user had consented to them. */
	function storeLogin(scopes: readonly string[], authorizedAt = Date.now()) {
		const issued = issueUserSession(sandbox(), scopes);
		store().write({
			clientId: sandbox().app.clientId,
			refreshToken: issued.refreshToken,
			accessToken: issued.accessToken,
			accessTokenExpiresAt: Date.now() + 3_600_000,
			scopes,
			authorizedAt,
		});
	}

	test('not logged in', async () => {
		await writeFile(store().path, '{}\n', {mode: 0o600});
		const run = await runDoctor(session());
		expect(run.checks['token-store']).toMatchObject({
			status: 'failure',
			detail: `${store().path} holds no login`,
			fix: 'Run `musicterminal login`.',
		});
		expect(run.checks.login).toMatchObject({status: 'skipped', detail: 'needs a login in the token store'});
	});

	test('a token store others can read: a failure, and the login in it still checked', async () => {
		await chmod(store().path, 0o644);
		const run = await runDoctor(session());
		expect(run.checks['token-store']).toMatchObject({
			status: 'failure',
			detail: `${store().path} can be read by other users (mode 0644), and it holds your refresh token`,
			fix: `Run chmod 600 ${store().path}.`,
		});
		expect(run.with('failure')).toEqual(['token-store']);
		expect(run.checks.devices?.status).toBe('pass');
	});

	test('a token store that is not JSON: said, and left where it is', async () => {
		await writeFile(store().path, '{"session": {', {mode: 0o600});
		const run = await runDoctor(session());
		expect(run.checks['token-store']).toMatchObject({
			status: 'failure',
			detail: `${store().path} is not valid JSON, so the login in it cannot be used`,
		});
		expect(await readFile(store().path, 'utf8')).toBe('{"session": {');
	});

	test('ten days left of the six months: a warning with the date', async () => {
		storeLogin(['user-read-playback-state', 'user-modify-playback-state'], Date.now() - 172 * dayMs);
		const run = await runDoctor(session());
		expect(run.checks.login).toMatchObject({
			status: 'warning',
			detail: expect.stringMatching(
				/^logged in 172 days ago \(.*\); Spotify ends it on \d{4}-\d\d-\d\d, in (9|10|11) days$/,
			),
			fix: 'Run `musicterminal login` to start another six months.',
		});
	});

	test('past the six months: the login and its renewal fail, saying to log in', async () => {
		const later = 190 * dayMs;
		sandbox().clock.advance(later);
		const run = await runDoctor({...session(), io: {...session().io, now: () => Date.now() + later}});
		expect(run.checks.login).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(
				/^logged in 190 days ago .*: Spotify ended this login on .*, six months after it began$/,
			),
			fix: 'Run `musicterminal login` to log in again.',
		});
		expect(run.checks['access-token']).toMatchObject({
			status: 'failure',
			detail:
				'Spotify no longer accepts the stored login: it expired, or access was removed in your Spotify account',
			fix: 'Run `musicterminal login` again.',
		});
		expect(run.checks.clock?.status).toBe('pass');
	});

	test('a login without a scope the config asks for: a failure, log in again', async () => {
		storeLogin(['user-read-playback-state']);
		const run = await runDoctor(session());
		expect(run.checks.scopes).toMatchObject({
			status: 'failure',
			detail:
				'the login lacks user-modify-playback-state, needed for controlling playback (play, pause, next, previous, volume, shuffle, repeat, --device), though the config asks for it',
			fix: 'Run `musicterminal login` again and agree to every permission asked.',
		});
	});

	test('a login from before the library: a warning naming what is missing, and playback still passes', async () => {
		storeLogin(['user-read-playback-state', 'user-modify-playback-state', 'user-read-currently-playing']);
		const run = await runDoctor(session());
		expect(run.checks.scopes).toMatchObject({
			status: 'warning',
			detail: expect.stringMatching(
				/^playback is granted, but not user-library-read, needed for your Liked Songs and saved albums \(library\); and user-library-modify, needed for like and unlike; and .*user-follow-read, needed for the artists you follow and their new releases \(new\)$/,
			),
			fix: 'Run `musicterminal login` again to allow them.',
		});
		expect(run.with('failure')).toEqual([]);
	});

	test('a config that does not ask for playback control: a warning saying what is lost', async () => {
		await setConfig(session(), {scopes: '[user-read-playback-state]'});
		storeLogin(['user-read-playback-state']);
		const run = await runDoctor(session());
		expect(run.checks.scopes).toMatchObject({
			status: 'warning',
			detail: expect.stringMatching(
				/^the login was not asked for user-modify-playback-state, needed for controlling playback/,
			),
			fix: `Add user-modify-playback-state to scopes in ${session().configPath}, then run \`musicterminal login\`.`,
		});
	});
});

describe('devices', () => {
	describe('none active', () => {
		const sandbox = withSandbox({noActiveDevice: true});
		const session = withCommandSession(sandbox);
		beforeEach(async () => withFreeRedirectPort(session()));

		test('several and none chosen: a warning', async () => {
			const run = await runDoctor(session());
			expect(run.checks.devices).toMatchObject({
				status: 'warning',
				detail:
					'none is active, so playback commands cannot choose one by themselves; 3 in all (Studio Desktop, Pocket Phone, Kitchen Speaker)',
				fix: 'Start playing on one of them, or name one with --device (or `device` in the config).',
			});
		});

		test('the config names one: a pass', async () => {
			await setConfig(session(), {device: "'Pocket Phone'"});
			const run = await runDoctor(session());
			expect(run.checks.devices).toMatchObject({
				status: 'pass',
				detail:
					"none active; playback goes to Pocket Phone, the config's device; 3 in all (Studio Desktop, Pocket Phone, Kitchen Speaker)",
			});
		});
	});

	describe('none at all', () => {
		const sandbox = withSandbox({devices: []});
		const session = withCommandSession(sandbox);
		beforeEach(async () => withFreeRedirectPort(session()));

		test('a warning to open Spotify somewhere', async () => {
			const run = await runDoctor(session());
			expect(run.checks.devices).toMatchObject({
				status: 'warning',
				detail: 'no Spotify device is available: Spotify is open nowhere for this account',
			});
		});
	});
});

describe('client credentials', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox, {authMethod: 'CLIENT_CREDENTIALS'});

	test('the app token works and opens the catalog; what needs a login is skipped', async () => {
		const run = await runDoctor(session());
		expect(run.with('pass')).toEqual([
			'node',
			'config',
			'auth-method',
			'accounts',
			'web-api',
			'clock',
			'app-token',
			'catalog',
			'rate-limit',
		]);
		expect(run.with('skipped')).toEqual(['redirect-uri']);
		expect(run.checks['app-token']?.detail).toMatch(
			/^issued in \d+ ms: Spotify accepts the app's client_id and client_secret$/,
		);
	});

	test('a wrong client secret: the app token fails with Spotify’s reason', async () => {
		await setConfig(session(), {client_secret: 'not-the-secret'});
		const run = await runDoctor(session());
		expect(run.checks['app-token']).toMatchObject({
			status: 'failure',
			detail: expect.stringMatching(
				/^Spotify refused this app's credentials.*Check client_id and client_secret/,
			),
		});
		expect(run.checks.catalog).toMatchObject({status: 'skipped', detail: 'needs an app token'});
		expect(JSON.stringify(run.checks)).not.toContain('not-the-secret');
	});
});

describe('Node and the last 429', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test.each([
		['v20.19.0', 'failure', 'v20.19.0 is older than the 22.12 musicterminal needs'],
		['v22.11.0', 'failure', 'v22.11.0 is older than the 22.12 musicterminal needs'],
		['v22.12.0', 'pass', 'v22.12.0 (supported until 2027-04-30)'],
		[
			'v23.11.0',
			'warning',
			'v23.11.0: Node 23 reached its end of life on 2025-06-01, so it gets no more security fixes',
		],
		['v24.21.0', 'pass', 'v24.21.0 (supported until 2028-04-30)'],
	])('Node %s: %s', async (nodeVersion, status, detail) => {
		const run = await runDoctor(
			{...session(), io: {...session().io, now: () => Date.parse('2026-12-01T12:00:00Z')}},
			{nodeVersion},
		);
		expect(run.checks.node).toMatchObject({status, detail});
	});

	test.each([
		[2 * 60 * 60 * 1000, 'warning', /^the last 429 was 2 h ago .*\(Retry-After 30 s\); the wait is over$/],
		[3 * dayMs, 'pass', /^the last 429 was 3 days ago .*; long over$/],
	])('a 429 another process met %d ms ago: %s', async (ago, status, detail) => {
		writeRateLimitRecord(defaultTokenDirectory(session().env), {
			at: Date.now() - ago,
			retryAfterSeconds: 30,
			reason: undefined,
			request: 'GET /v1/me/player',
		});
		const run = await runDoctor(session());
		expect(run.checks['rate-limit']).toMatchObject({status, detail: expect.stringMatching(detail)});
	});
});

describe('what doctor prints', () => {
	const hostile = 'Kitchen\u001B]0;owned\u0007\u001B[2J Speaker';
	const sandbox = withSandbox({
		devices: [
			{
				id: 'hostile',
				name: hostile,
				type: 'Speaker',
				supportsVolume: true,
				isRestricted: false,
				isActive: true,
				volumePercent: 50,
			},
		],
	});
	const session = withCommandSession(sandbox);

	test('names from outside cannot steer the terminal; --json keeps them exact', async () => {
		await withFreeRedirectPort(session());
		await runDoctorCommand({config: session().configPath}, session().io, {nodeVersion: supportedNode});
		expect(session().stdout()).toContain(
			'ok    Devices       Kitchen Speaker is active; 1 in all (Kitchen Speaker)\n',
		);
		expect(session().stdout()).not.toContain('\u001B');
		expect(session().stdout()).not.toContain('\u0007');
		const run = await runDoctor(session());
		expect(run.checks.devices?.detail).toBe(`${hostile} is active; 1 in all (${hostile})`);
	});
});
