import {mkdtemp, rm} from 'node:fs/promises';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import {AccountsClient} from '../../source/auth/accounts-client.js';
import {TokenStore} from '../../source/auth/token-store.js';
import {type Config, defaultScopes} from '../../source/config/config.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';

/** A config pointing every endpoint at the sandbox, as `musicterminal sandbox` prints it. */
export function sandboxConfig(sandbox: Sandbox, overrides: Partial<Config> = {}): Config {
	return {
		path: '/home/listener/.config/musicterminal/config.yaml',
		clientId: sandbox.app.clientId,
		clientSecret: sandbox.app.clientSecret,
		accessTokenUrl: `${sandbox.origin}/api/token`,
		authUrl: `${sandbox.origin}/authorize`,
		apiVersion: 'v1',
		apiUrl: sandbox.origin,
		apiBaseUrl: `${sandbox.origin}/v1`,
		authMethod: 'AUTHORIZATION_CODE',
		redirectUri: 'http://127.0.0.1:8888/callback',
		market: 'SE',
		scopes: defaultScopes,
		device: undefined,
		...overrides,
	};
}

const temporaryDirectories: string[] = [];

afterEach(async () => {
	await Promise.all(
		temporaryDirectories.splice(0).map((directory) => rm(directory, {recursive: true, force: true})),
	);
});

/** A token store in a fresh directory, removed after the test. */
export async function temporaryTokenStore(): Promise<TokenStore> {
	const directory = await mkdtemp(join(tmpdir(), 'musicterminal-tokens-'));
	temporaryDirectories.push(directory);
	return new TokenStore({directory});
}

export function accountsFor(config: Config): AccountsClient {
	return new AccountsClient(config);
}

/** A port nothing listens on right now, for a login's redirect URI. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address();
	await new Promise<void>((resolve) => {
		server.close(() => resolve());
	});
	if (address === null || typeof address === 'string') {
		throw new Error('no port');
	}

	return address.port;
}

/**
 * What a browser does with the login URL: load the sandbox's authorize page, which consents at
 * once, and follow its redirect to the login's callback server. `rewrite` can tamper with it.
 */
export function browserFollowingRedirects(rewrite: (callback: URL) => URL = (callback) => callback) {
	return async (url: string): Promise<void> => {
		const consent = await fetch(url, {redirect: 'manual'});
		const location = consent.headers.get('location');
		if (location === null) {
			return;
		}

		await fetch(rewrite(new URL(location)));
	};
}
