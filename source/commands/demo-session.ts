import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {AccessTokenProvider} from '../auth/access-token.js';
import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {TokenStore} from '../auth/token-store.js';
import {type Config, defaultScopes} from '../config/config.js';
import {parseConfigFile} from '../config/parse-config-file.js';
import {validateConfig} from '../config/validate-config.js';
import {sandboxConfigYaml} from '../sandbox/config-yaml.js';
import {type Sandbox, startSandbox} from '../sandbox/sandbox.js';
import {issueUserSession} from '../sandbox/user-session.js';

export type DemoSession = {
	readonly config: Config;
	readonly tokens: AccessTokenProvider;
	/** Stops the sandbox and removes the demo's token store. */
	close(): Promise<void>;
};

/**
 * The sandbox on a free port, and a user already logged in to it (Premium, with its devices), in
 * a token store of its own that is removed afterwards: the real app with no account and no config.
 */
export async function startDemoSession(): Promise<DemoSession> {
	const sandbox = await startSandbox();
	const tokenDirectory = await mkdtemp(join(tmpdir(), 'musicterminal-demo-'));
	const close = async () => {
		await sandbox.close();
		await rm(tokenDirectory, {recursive: true, force: true});
	};

	try {
		const parsed = parseConfigFile(sandboxConfigYaml(sandbox), 'demo config');
		if ('problem' in parsed) {
			throw new Error(`the sandbox's config does not parse: ${parsed.problem.wrong}`);
		}

		const {config} = validateConfig(parsed.entries, {file: undefined, overrides: {}});
		storeSandboxLogin(sandbox, config.clientId, tokenDirectory);
		return {config, tokens: tokenProviderForConfig(config, {tokenDirectory}), close};
	} catch (error) {
		await close();
		throw error;
	}
}

/** Stores a login to the sandbox's user (Premium, every scope) as `musicterminal login` would. */
export function storeSandboxLogin(sandbox: Sandbox, clientId: string, tokenDirectory: string): void {
	const session = issueUserSession(sandbox, defaultScopes);
	new TokenStore({directory: tokenDirectory}).write({
		clientId,
		refreshToken: session.refreshToken,
		accessToken: session.accessToken,
		accessTokenExpiresAt: Date.now() + session.expiresInSeconds * 1000,
		scopes: session.scopes,
		authorizedAt: session.authorizedAt,
	});
}
