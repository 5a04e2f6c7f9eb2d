import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {AuthError} from '../../source/auth/auth-errors.js';
import {login} from '../../source/auth/login.js';
import {
	accountsFor,
	browserFollowingRedirects,
	freePort,
	sandboxConfig,
	temporaryTokenStore,
} from '../helpers/auth-setup.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

async function setUp(overrides: Parameters<typeof sandboxConfig>[1] = {}) {
	const port = await freePort();
	const config = sandboxConfig(sandbox(), {redirectUri: `http://127.0.0.1:${port}/callback`, ...overrides});
	const store = await temporaryTokenStore();
	const printed: string[] = [];
	const run = (options: Partial<Parameters<typeof login>[0]> = {}) =>
		login({
			config,
			accounts: accountsFor(config),
			store,
			openBrowser: browserFollowingRedirects(),
			input: undefined,
			print: (text) => printed.push(text),
			...options,
		});
	return {config, store, printed, run};
}

describe('musicterminal login', () => {
	test('with a client secret: PKCE plus Basic auth, tokens stored with the granted scopes', async () => {
		const {config, store, printed, run} = await setUp();
		const session = await run();
		expect(session).toMatchObject({clientId: config.clientId, scopes: config.scopes});
		expect(store.read()?.refreshToken).toBe(session.refreshToken);
		expect(printed.join('')).toContain(`${sandbox().origin}/authorize?`);
		expect(printed.join('')).toContain('code_challenge_method=S256');
		expect(printed.join('')).not.toContain(config.clientSecret);
	});

	test('without a client secret: a public PKCE client', async () => {
		const {run, store} = await setUp({clientSecret: undefined});
		await run();
		expect(store.read()?.refreshToken).toEqual(expect.any(String));
	});

	test('a redirected URL pasted on stdin logs in without the callback server', async () => {
		const {config, run, store} = await setUp();
		const input = new PassThrough();
		const pending = run({
			input,
			openBrowser: async (url) => {
				const consent = await fetch(url, {redirect: 'manual'});
				input.write('not a url\n');
				input.write(`${consent.headers.get('location')}\n`);
			},
		});
		await pending;
		expect(store.read()?.clientId).toBe(config.clientId);
	});

	test('an answer with another state is refused and nothing is stored', async () => {
		const {run, store} = await setUp();
		const tampered = browserFollowingRedirects((callback) => {
			callback.searchParams.set('state', 'someone-else');
			return callback;
		});
		await expect(run({openBrowser: tampered})).rejects.toThrow(/did not carry the state this login sent/);
		expect(store.read()).toBeUndefined();
	});

	test('denied consent ends with a message saying how to try again', async () => {
		const {run} = await setUp();
		sandbox().controls.consent = 'deny';
		await expect(run()).rejects.toThrow(
			'the login was cancelled on the Spotify consent page: run `musicterminal login` again and choose Agree.',
		);
	});

	test('a redirect URI the app does not have registered never comes back; the login times out', async () => {
		const port = await freePort();
		const {run} = await setUp({redirectUri: `http://127.0.0.1:${port}/not-registered`});
		await expect(run({timeoutMs: 300})).rejects.toThrow(
			'no answer from Spotify within 0.3 seconds: run `musicterminal login` again.',
		);
	});

	test('a stray request such as /favicon.ico is ignored while the login waits', async () => {
		const {config, run, store} = await setUp();
		await run({
			openBrowser: async (url) => {
				const favicon = await fetch(new URL('/favicon.ico', config.redirectUri));
				expect(favicon.status).toBe(404);
				await browserFollowingRedirects()(url);
			},
		});
		expect(store.read()).toBeDefined();
	});

	test('a port already in use is explained', async () => {
		const {config, run} = await setUp();
		const {startCallbackServer} = await import('../../source/auth/callback-server.js');
		const occupant = await startCallbackServer(config.redirectUri, () => ({ok: true, text: ''}));
		try {
			const error: unknown = await run().catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(AuthError);
			expect((error as Error).message).toMatch(/^port \d+ on 127\.0\.0\.1 is in use/);
		} finally {
			await occupant.close();
		}
	});
});
