import {once} from 'node:events';
import {beforeEach, describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {parseFaultSpec} from '../../source/sandbox/fault-spec.js';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {startCli} from '../helpers/cli-process.js';
import {type CommandSession, withCommandSession} from '../helpers/command-session.js';
import {withFreeRedirectPort} from '../helpers/doctor-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {leakedSecrets, secretsOf} from '../helpers/secret-leaks.js';

// A proxy, captive portal or gateway that repeats what it received in its errors (the sandbox's
// echo fault) hands every secret of the request back: nothing musicterminal prints may carry one.

/** What each command is given; `<album>` and the like become ids from the sandbox's catalog. */
const commands: ReadonlyArray<readonly string[]> = [
	['status'],
	['status', '--json'],
	['search', 'endless'],
	['search', 'endless', '--json'],
	['albums', 'spotify:artist:<artist>'],
	['tracks', 'spotify:album:<album>'],
	['devices'],
	['devices', '--json'],
	['play', 'spotify:album:<album>'],
	['pause'],
	['resume'],
	['next'],
	['previous'],
	['volume', '40'],
	['seek', '+10'],
	['shuffle', 'on'],
	['repeat', 'track'],
	['queue'],
	['queue', 'add', 'spotify:track:<track>'],
	['library'],
	['library', 'albums'],
	['library', 'playlists'],
	['library', 'recent'],
	['library', 'artists'],
	['playlist', 'spotify:playlist:<playlist>'],
	['new'],
	['like', 'spotify:track:<track>'],
	['unlike', 'spotify:track:<track>'],
	['now'],
	['now', '--json'],
	['now', '--format', '{artist} – {title}'],
	['now', '--follow'],
	['doctor'],
	['doctor', '--json'],
];

/** The catalog's ids in place of the placeholders. */
function withIds(sandbox: Sandbox, args: readonly string[]): string[] {
	const {catalog, library} = sandbox;
	const album = catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
	const ids: Record<string, string | undefined> = {
		'<artist>': catalog.highlights.prolificArtistId,
		'<album>': album?.id,
		'<track>': album?.trackIds[0],
		'<playlist>': library.playlists().find((playlist) => playlist.name === 'Late Night Drive')?.id,
	};
	return args.map((arg) => arg.replace(/<\w+>/, (placeholder) => ids[placeholder] ?? placeholder));
}

/**
 * Runs the built CLI to its end; `now --follow`, which goes on after a failure it can wait out, is
 * stopped with SIGTERM once it has told one on stderr.
 */
async function run(session: CommandSession, args: readonly string[]): Promise<string> {
	const cli = startCli(['--config', session.configPath, ...args], session.env);
	if (args.includes('--follow')) {
		const told = new Promise<void>((resolve) => {
			cli.child.stderr?.on('data', () => resolve());
		});
		await Promise.race([told, cli.exit()]);
		cli.child.kill('SIGTERM');
	}

	await Promise.all([cli.exit(), once(cli.child, 'close')]);
	return cli.stdout() + cli.stderr();
}

function renamed(secrets: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(secrets).map(([name, secret]) => [prefix + name, secret]));
}

/** The stored access token made stale, so that every command renews it first. */
function expireStoredToken(session: CommandSession): void {
	const store = new TokenStore({directory: defaultTokenDirectory(session.env)});
	const stored = store.read();
	if (stored === undefined) {
		throw new Error('the session has no login');
	}

	store.write({...stored, accessTokenExpiresAt: Date.now() - 60_000});
}

for (const authMethod of ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS'] as const) {
	const places =
		authMethod === 'AUTHORIZATION_CODE'
			? (['the Web API', 'the accounts service'] as const)
			: (['the accounts service'] as const);
	for (const place of places) {
		describe(`${authMethod}, with the echo fault on ${place}: no secret in anything a command prints`, () => {
			const sandbox = withSandbox();
			const session = withCommandSession(sandbox, {authMethod});
			beforeEach(async () => {
				await withFreeRedirectPort(session());
				if (place === 'the accounts service' && authMethod === 'AUTHORIZATION_CODE') {
					expireStoredToken(session());
				}
			});

			const runs = authMethod === 'AUTHORIZATION_CODE' ? commands : commands.slice(2, 6);
			test.each(runs.map((args) => [args.join(' '), args] as const))('%s', async (_name, args) => {
				const directory = defaultTokenDirectory(session().env);
				const before = secretsOf(sandbox(), directory);
				const echo = sandbox().faults.inject(
					parseFaultSpec(place === 'the Web API' ? 'echo,path=/v1/*' : 'echo,path=/api/token'),
				);
				const printed = await run(session(), withIds(sandbox(), args));
				// A command that renewed the access token may print the new one.
				const after = secretsOf(sandbox(), directory);
				const secrets = {...before, ...renamed(after, 'new ')};
				expect(leakedSecrets(printed, secrets), printed).toEqual([]);
				if (echo.hits > 0) {
					// The server's own words are still told, its secrets left out.
					expect(printed).toContain('Malformed request');
				}
			});
		});
	}
}

describe('login, with the echo fault on the accounts service', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	beforeEach(async () => withFreeRedirectPort(session()));

	test('neither the authorization code nor the PKCE verifier nor the client secret is printed', async () => {
		sandbox().faults.inject(parseFaultSpec('echo,path=/api/token'));
		const login = startCli(['--config', session().configPath, 'login', '--no-browser'], session().env);
		await login.waitFor('Waiting for Spotify');
		const address = /https?:\/\/\S+\/authorize\?\S+/.exec(login.stdout())?.[0] ?? '';
		const consent = await fetch(address, {redirect: 'manual'});
		const callback = new URL(consent.headers.get('location') ?? '');
		await fetch(callback);
		expect(await login.exit()).toBe(1);
		const printed = login.stdout() + login.stderr();
		const code = callback.searchParams.get('code') ?? '';
		expect(code.length).toBeGreaterThan(100);
		expect(
			leakedSecrets(printed, {...secretsOf(sandbox(), defaultTokenDirectory(session().env)), code}),
			printed,
		).toEqual([]);
		expect(printed).toContain('Malformed request');
		expect(printed).not.toMatch(/code_verifier=(?!\[redacted\])/);
	});
});
