import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import type {CommandIo} from '../../source/commands/command-io.js';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {allScopes, userTokens} from './sandbox-session.js';

export type CommandSession = {
	/** The config file's path, for `--config`. */
	readonly configPath: string;
	/** The environment: XDG_CONFIG_HOME in the session's own directory. */
	readonly env: NodeJS.ProcessEnv;
	/** An io whose output the test reads back. */
	readonly io: CommandIo;
	stdout(): string;
	stderr(): string;
};

/**
 * A home for each test with a config for the sandbox, logged in as its user (or with
 * CLIENT_CREDENTIALS), and an io that captures what a command prints.
 */
export function withCommandSession(
	sandbox: () => Sandbox,
	{authMethod = 'AUTHORIZATION_CODE'}: {authMethod?: 'AUTHORIZATION_CODE' | 'CLIENT_CREDENTIALS'} = {},
): () => CommandSession {
	let session: CommandSession | undefined;
	let home = '';
	beforeEach(async () => {
		home = await mkdtemp(join(tmpdir(), 'musicterminal-commands-'));
		const configPath = join(home, 'config.yaml');
		await writeFile(configPath, sandboxConfigYaml(sandbox()).replace('AUTHORIZATION_CODE', authMethod));
		const env = {XDG_CONFIG_HOME: join(home, 'xdg'), HOME: home};
		if (authMethod === 'AUTHORIZATION_CODE') {
			const {accessToken, refreshToken} = await userTokens(sandbox(), allScopes);
			new TokenStore({directory: defaultTokenDirectory(env)}).write({
				clientId: sandbox().app.clientId,
				refreshToken,
				accessToken,
				accessTokenExpiresAt: Date.now() + 3_600_000,
				scopes: [...allScopes],
				authorizedAt: Date.now(),
			});
		}

		const output = {stdout: '', stderr: ''};
		session = {
			configPath,
			env,
			io: {
				stdout: (text) => {
					output.stdout += text;
				},
				stderr: (text) => {
					output.stderr += text;
				},
				stdin: new PassThrough(),
				env,
				cwd: home,
				homedir: home,
				platform: 'linux',
				now: Date.now,
				columns: undefined,
			},
			stdout: () => output.stdout,
			stderr: () => output.stderr,
		};
	});
	afterEach(async () => {
		session = undefined;
		await rm(home, {recursive: true, force: true});
	});
	return () => {
		if (session === undefined) {
			throw new Error('the command session exists only inside a test');
		}

		return session;
	};
}
