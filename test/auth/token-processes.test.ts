import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {storeSandboxLogin} from '../../source/commands/demo-session.js';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import {startCli} from '../helpers/cli-process.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startTokenProxy} from '../helpers/token-proxy.js';
import {withTokenWorkers} from '../helpers/token-workers.js';

const sandbox = withSandbox({controls: {refreshTokenMode: 'rotate'}});
const startWorker = withTokenWorkers();
let directory = '';

beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'musicterminal-shared-store-'));
	storeSandboxLogin(sandbox(), sandbox().app.clientId, directory);
});

afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

const worker = () =>
	startWorker({
		accessTokenUrl: `${sandbox().origin}/api/token`,
		clientId: sandbox().app.clientId,
		clientSecret: sandbox().app.clientSecret,
		directory,
	});

async function storedRefreshToken(): Promise<string> {
	return storedRefreshTokenIn(directory);
}

/** Whether Spotify (the sandbox) would still refresh with this token: under rotation, only the newest. */
function stillAccepted(refreshToken: string): boolean {
	const grant = sandbox().grants.refreshToken(refreshToken);
	return grant !== undefined && !grant.revoked;
}

describe('processes sharing one login, with refresh-token rotation', () => {
	test('three processes refreshing at the same moment, 40 times over: no false "expired", one refresh a round', async () => {
		const rounds = 40;
		const workers = [worker(), worker(), worker()];
		const tokenRequestsBefore = sandbox().traffic.count('POST', '/api/token');
		const failures: string[] = [];
		for (let round = 0; round < rounds; round += 1) {
			// An hour on, every stored access token is stale: each process would refresh.
			sandbox().clock.advance(3600 * 1000);
			const now = sandbox().clock.now();
			const answers = await Promise.all(workers.map(async (each) => each.ask({kind: 'token', now})));
			for (const answer of answers) {
				if (answer.kind !== 'token') {
					failures.push(`round ${round}: ${answer.kind === 'error' ? answer.message : answer.kind}`);
				}
			}

			// They all use the one token the refresh brought.
			expect(new Set(answers.map((answer) => (answer.kind === 'token' ? answer.token : '')))).toHaveProperty(
				'size',
				1,
			);
		}

		expect(failures).toEqual([]);
		expect(sandbox().traffic.count('POST', '/api/token') - tokenRequestsBefore).toBe(rounds);
		expect(stillAccepted(await storedRefreshToken())).toBe(true);
		expect(existsSync(join(directory, 'tokens.json.lock'))).toBe(false);
	}, 60_000);

	test('a refresh token that is still the stored one and is refused means the session expired; it stays stored', async () => {
		const only = worker();
		const stored = await storedRefreshToken();
		sandbox().controls.refreshTokenMaxAgeSeconds = 60;
		sandbox().clock.advance(3600 * 1000);
		expect(await only.ask({kind: 'token', now: sandbox().clock.now()})).toEqual({
			kind: 'error',
			name: 'SessionExpiredError',
			message: 'your Spotify session has expired: run `musicterminal login`.',
		});
		expect(await storedRefreshToken()).toBe(stored);
	});
});

describe('the lock beside tokens.json', () => {
	test('a lock left by a killed process does not hold up the next one, even when it looks fresh', async () => {
		const holder = worker();
		expect(await holder.ask({kind: 'hold-lock'})).toEqual({kind: 'holding-lock'});
		await holder.kill();
		const lock = join(directory, 'tokens.json.lock');
		expect(existsSync(lock)).toBe(true);
		// Touched an hour ahead, the lock's age alone would keep it for an hour: only its dead pid frees it.
		const later = new Date(Date.now() + 3600 * 1000);
		await utimes(lock, later, later);

		sandbox().clock.advance(3600 * 1000);
		expect(await worker().ask({kind: 'token', now: sandbox().clock.now()})).toMatchObject({kind: 'token'});
		expect(existsSync(lock)).toBe(false);
		expect(stillAccepted(await storedRefreshToken())).toBe(true);
	});

	test('a lock from another machine is passed over once it is older than its holder could keep it', async () => {
		const lock = join(directory, 'tokens.json.lock');
		await writeFile(lock, JSON.stringify({pid: 1, host: 'another-machine', nonce: 'theirs'}));
		const minuteAgo = new Date(Date.now() - 60 * 1000);
		await utimes(lock, minuteAgo, minuteAgo);

		sandbox().clock.advance(3600 * 1000);
		expect(await worker().ask({kind: 'token', now: sandbox().clock.now()})).toMatchObject({kind: 'token'});
		expect(existsSync(lock)).toBe(false);
	});
});

describe('a process killed after Spotify rotated its refresh token', () => {
	test('has stored the new refresh token before it does anything else', async () => {
		// The CLI reads its login from XDG_CONFIG_HOME/musicterminal; its token endpoint is behind a proxy.
		const home = await mkdtemp(join(tmpdir(), 'musicterminal-killed-'));
		try {
			const store = join(home, 'musicterminal');
			storeSandboxLogin(sandbox(), sandbox().app.clientId, store);
			const expired = JSON.parse(await readFile(join(store, 'tokens.json'), 'utf8')) as {
				session: Record<string, unknown>;
			};
			expired.session.accessTokenExpiresAt = 0;
			await writeFile(join(store, 'tokens.json'), JSON.stringify(expired), {mode: 0o600});
			const proxy = await startTokenProxy(sandbox());
			const configPath = join(store, 'config.yaml');
			await writeFile(
				configPath,
				sandboxConfigYaml(sandbox()).replace(`${sandbox().origin}/api/token`, proxy.url),
			);
			let rotated: unknown;
			proxy.onAnswer = (body) => {
				rotated = body.refresh_token;
			};
			// The first thing after the refresh is reading the player: held there, the process is killed.
			sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'slow', delayMs: 20_000}});
			const now = startCli(['--config', configPath, 'now'], {XDG_CONFIG_HOME: home, HOME: home});
			await waitUntil(() => sandbox().traffic.count('GET', '/v1/me/player') > 0);

			expect(await storedRefreshTokenIn(store)).toBe(rotated);
			now.child.kill('SIGKILL');
			await now.exit();
			expect(await storedRefreshTokenIn(store)).toBe(rotated);
			expect(stillAccepted(String(rotated))).toBe(true);
			expect(existsSync(join(store, 'tokens.json.lock'))).toBe(false);
		} finally {
			await rm(home, {recursive: true, force: true});
		}
	});
});

async function storedRefreshTokenIn(store: string): Promise<string> {
	const file = JSON.parse(await readFile(join(store, 'tokens.json'), 'utf8')) as {
		session: {refreshToken: string};
	};
	return file.session.refreshToken;
}

async function waitUntil(done: () => boolean): Promise<void> {
	while (!done()) {
		await new Promise((resolve) => {
			setTimeout(resolve, 10);
		});
	}
}
