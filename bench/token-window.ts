// How long a rotated refresh token lives only in memory: from the token endpoint's answer reaching
// this process to tokens.json being replaced. A kill in that window loses the login.

import {subscribe} from 'node:diagnostics_channel';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {StoredSession} from '../source/auth/stored-session.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';

let answeredAt: number | undefined;
let storedAt: number | undefined;

/** Watches this process's HTTP answers: the moment a token answer has fully arrived. */
export function watchAnswers(): void {
	subscribe('http.client.response.finish', () => {
		answeredAt = performance.now();
	});
}

/** Milliseconds from each rotated answer's arrival to tokens.json holding the new refresh token. */
export async function timeRotationWindow(sandbox: Sandbox, rounds: number): Promise<number[]> {
	const [{AccountsClient}, {TokenStore}, {UserTokenProvider}, {storeSandboxLogin}] = await Promise.all([
		import('../source/auth/accounts-client.js'),
		import('../source/auth/token-store.js'),
		import('../source/auth/user-token-provider.js'),
		import('../source/commands/demo-session.js'),
	]);
	const directory = await mkdtemp(join(tmpdir(), 'musicterminal-bench-window-'));
	sandbox.controls.refreshTokenMode = 'rotate';
	const windows: number[] = [];
	try {
		// The write returns once conf has renamed the new file over tokens.json.
		class TimedStore extends TokenStore {
			override write(session: StoredSession): void {
				super.write(session);
				storedAt ??= performance.now();
			}
		}

		const store = new TimedStore({directory});
		const provider = new UserTokenProvider({
			store,
			accounts: new AccountsClient({
				accessTokenUrl: `${sandbox.origin}/api/token`,
				clientId: sandbox.app.clientId,
				clientSecret: sandbox.app.clientSecret,
				path: undefined,
			}),
			clientId: sandbox.app.clientId,
		});
		storeSandboxLogin(sandbox, sandbox.app.clientId, directory);
		for (let round = 0; round < rounds * 2; round += 1) {
			answeredAt = undefined;
			storedAt = undefined;
			await provider.getAccessToken({forceRefresh: true});
			// The first half warms up.
			if (round >= rounds && answeredAt !== undefined && storedAt !== undefined) {
				windows.push(storedAt - answeredAt);
			}
		}
	} finally {
		sandbox.controls.refreshTokenMode = 'omit';
		await rm(directory, {recursive: true, force: true});
	}

	return windows;
}
