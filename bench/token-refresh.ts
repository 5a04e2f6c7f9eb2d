// Refreshing a rotated login from several processes, and a process killed right after Spotify
// rotated its refresh token: what the user loses, counted over many rounds of the built CLI.

import {type ChildProcess, spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {storeSandboxLogin} from '../source/commands/demo-session.js';
import {sandboxConfigYaml} from '../source/sandbox/config-yaml.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTokenProxyServer} from '../test/helpers/token-proxy-server.js';

export type ParallelFigures = {
	readonly rounds: number;
	readonly processes: number;
	/** Processes that said "your Spotify session has expired" while the login was good. */
	readonly falseExpiries: number;
	/** Rounds with at least one such process. */
	readonly roundsWithFalseExpiry: number;
	/** Refresh requests the accounts service saw, over all rounds. */
	readonly refreshRequests: number;
	/** Rounds after which the stored refresh token was no longer one Spotify accepts. */
	readonly loginsLost: number;
};

export type KillFigures = {
	readonly rounds: number;
	/** Rounds where the process, killed just after the rotated answer, left the revoked token stored. */
	readonly lost: number;
};

type Home = {
	readonly directory: string;
	readonly tokenPath: string;
	readonly env: NodeJS.ProcessEnv;
	readonly configPath: string;
	/** Answers of the token endpoint, as the proxy in front of it passes them on. */
	onAnswer: ((body: Record<string, unknown>) => void) | undefined;
	close(): Promise<void>;
};

/**
 * A config and a login for `sandbox`, the config's token endpoint behind a local proxy that
 * reports each answer the moment it has handed it to the CLI's socket.
 */
async function rotatingHome(sandbox: Sandbox): Promise<Home> {
	const directory = await mkdtemp(join(tmpdir(), 'musicterminal-bench-tokens-'));
	const configDirectory = join(directory, 'musicterminal');
	await mkdir(configDirectory, {mode: 0o700});
	const {proxy, close: closeProxy} = await startTokenProxyServer(sandbox);
	proxy.onAnswer = (body) => home.onAnswer?.(body);
	const configPath = join(configDirectory, 'config.yaml');
	await writeFile(configPath, sandboxConfigYaml(sandbox).replace(`${sandbox.origin}/api/token`, proxy.url), {
		mode: 0o600,
	});
	const home: Home = {
		directory,
		tokenPath: join(configDirectory, 'tokens.json'),
		env: {XDG_CONFIG_HOME: directory, HOME: directory},
		configPath,
		onAnswer: undefined,
		async close() {
			await closeProxy();
			await rm(directory, {recursive: true, force: true});
		},
	};
	return home;
}

async function storedRefreshToken(home: Home): Promise<string | undefined> {
	try {
		const file = JSON.parse(await readFile(home.tokenPath, 'utf8')) as {session?: {refreshToken?: string}};
		return file.session?.refreshToken;
	} catch {
		return undefined;
	}
}

/** Makes the stored access token stale, so the next command refreshes. */
async function expireAccessToken(home: Home): Promise<void> {
	const file = JSON.parse(await readFile(home.tokenPath, 'utf8')) as {session: Record<string, unknown>};
	file.session.accessTokenExpiresAt = 0;
	await writeFile(home.tokenPath, JSON.stringify(file), {mode: 0o600});
}

function refreshTokenAccepted(sandbox: Sandbox, token: string | undefined): boolean {
	const grant = token === undefined ? undefined : sandbox.grants.refreshToken(token);
	return grant !== undefined && !grant.revoked;
}

function runCli(
	cli: string,
	home: Home,
	args: readonly string[],
): {child: ChildProcess; done: Promise<string>} {
	const child = spawn(process.execPath, [cli, '--config', home.configPath, ...args], {
		env: {...process.env, ...home.env},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	return {child, done: once(child, 'exit').then(() => stderr)};
}

/** `processes` × `now` at the same moment, each round with a stale access token and rotation on. */
export async function countParallelRefreshes(
	cli: string,
	sandbox: Sandbox,
	{rounds, processes}: {rounds: number; processes: number},
): Promise<ParallelFigures> {
	const home = await rotatingHome(sandbox);
	sandbox.controls.refreshTokenMode = 'rotate';
	let falseExpiries = 0;
	let roundsWithFalseExpiry = 0;
	let loginsLost = 0;
	const before = sandbox.traffic.count('POST', '/api/token');
	try {
		storeSandboxLogin(sandbox, sandbox.app.clientId, join(home.directory, 'musicterminal'));
		for (let round = 0; round < rounds; round += 1) {
			await expireAccessToken(home);
			const outputs = await Promise.all(
				Array.from({length: processes}, async () => runCli(cli, home, ['now', '--json']).done),
			);
			const expired = outputs.filter((stderr) => stderr.includes('session has expired')).length;
			falseExpiries += expired;
			roundsWithFalseExpiry += expired > 0 ? 1 : 0;
			if (!refreshTokenAccepted(sandbox, await storedRefreshToken(home))) {
				loginsLost += 1;
				storeSandboxLogin(sandbox, sandbox.app.clientId, join(home.directory, 'musicterminal'));
			}
		}
	} finally {
		sandbox.controls.refreshTokenMode = 'omit';
		await home.close();
	}

	return {
		rounds,
		processes,
		falseExpiries,
		roundsWithFalseExpiry,
		refreshRequests: sandbox.traffic.count('POST', '/api/token') - before,
		loginsLost,
	};
}

/** Kills `now` with SIGKILL `delayMs` after the rotated answer reached its socket; counts lost logins. */
export async function countKilledRefreshes(
	cli: string,
	sandbox: Sandbox,
	{rounds, delayMs}: {rounds: number; delayMs: () => number},
): Promise<KillFigures> {
	const home = await rotatingHome(sandbox);
	sandbox.controls.refreshTokenMode = 'rotate';
	let lost = 0;
	try {
		for (let round = 0; round < rounds; round += 1) {
			storeSandboxLogin(sandbox, sandbox.app.clientId, join(home.directory, 'musicterminal'));
			await expireAccessToken(home);
			const {child, done} = runCli(cli, home, ['now', '--json']);
			home.onAnswer = () => {
				const delay = delayMs();
				if (delay <= 0) {
					child.kill('SIGKILL');
				} else {
					setTimeout(() => child.kill('SIGKILL'), delay);
				}
			};
			await done;
			if (!refreshTokenAccepted(sandbox, await storedRefreshToken(home))) {
				lost += 1;
			}
		}
	} finally {
		home.onAnswer = undefined;
		sandbox.controls.refreshTokenMode = 'omit';
		await home.close();
	}

	return {rounds, lost};
}
