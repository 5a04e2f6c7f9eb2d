import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {existsSync} from 'node:fs';
import {chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import {freePort} from '../helpers/auth-setup.js';
import {cliPath, startCli} from '../helpers/cli-process.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startCliInTerminal} from '../helpers/terminal.js';

const sandbox = withSandbox();
let home: string;
let configPath: string;

beforeEach(async () => {
	home = await mkdtemp(join(tmpdir(), 'musicterminal-home-'));
	configPath = join(home, 'config.yaml');
	const port = await freePort();
	const config = sandboxConfigYaml(sandbox()).replace(
		'http://127.0.0.1:8888/callback',
		`http://127.0.0.1:${port}/callback`,
	);
	await writeFile(configPath, config);
});

afterEach(async () => {
	await rm(home, {recursive: true, force: true});
});

const env = () => ({XDG_CONFIG_HOME: join(home, 'xdg'), HOME: home, DISPLAY: '', WAYLAND_DISPLAY: ''});
const cli = (...args: string[]) => startCli(['--config', configPath, ...args], env());

/** Does what the user's browser does with the printed address: consent, then follow the redirect. */
async function actAsBrowser(output: string, {followRedirect = true} = {}): Promise<string> {
	const address = /https?:\/\/\S+\/authorize\?\S+/.exec(output)?.[0] ?? '';
	const consent = await fetch(address, {redirect: 'manual'});
	const location = consent.headers.get('location') ?? '';
	if (followRedirect) {
		await fetch(location);
	}

	return location;
}

describe('login, status and logout from the command line', () => {
	test('login --no-browser prints the address, takes the redirect, and status shows the login', async () => {
		const login = cli('login', '--no-browser');
		await login.waitFor('Waiting for Spotify');
		await actAsBrowser(login.stdout());
		expect(await login.exit()).toBe(0);
		expect(login.stdout()).toContain('Logged in to Spotify (user-read-playback-state');
		expect(login.stdout()).not.toContain(sandbox().app.clientSecret);

		const tokens = join(home, 'xdg', 'musicterminal', 'tokens.json');
		expect((await stat(tokens)).mode & 0o777).toBe(0o600);

		const status = cli('status');
		expect(await status.exit()).toBe(0);
		expect(status.stdout()).toMatch(/Login:\s+logged in since/);
		expect(status.stdout()).toMatch(/Login renewal:\s+in 18\d days/);
		const stored = JSON.parse(await readFile(tokens, 'utf8')) as {
			session: {refreshToken: string; accessToken: string};
		};
		expect(status.stdout()).not.toContain(stored.session.refreshToken);
		expect(status.stdout()).not.toContain(stored.session.accessToken);

		const statusJson = cli('status', '--json');
		expect(await statusJson.exit()).toBe(0);
		expect(JSON.parse(statusJson.stdout())).toEqual({
			config: configPath,
			authMethod: 'AUTHORIZATION_CODE',
			clientId: sandbox().app.clientId,
			hasClientSecret: true,
			accountsUrl: `${sandbox().origin}/api/token`,
			apiUrl: `${sandbox().origin}/v1`,
			tokenStore: tokens,
			login: {
				state: 'logged-in',
				message: null,
				movedTo: null,
				authorizedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				daysLeft: expect.any(Number),
				accessTokenExpiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				scopes: expect.arrayContaining(['user-read-playback-state']),
				missingScopes: [],
			},
		});
		for (const secret of [
			stored.session.refreshToken,
			stored.session.accessToken,
			sandbox().app.clientSecret,
		]) {
			expect(statusJson.stdout()).not.toContain(secret);
		}

		const logout = cli('logout');
		expect(await logout.exit()).toBe(0);
		expect(logout.stdout()).toContain('Logged out');
		expect(existsSync(tokens)).toBe(false);
		const after = cli('status');
		await after.exit();
		expect(after.stdout()).toContain('not logged in: run `musicterminal login`');
		const again = cli('logout');
		expect(await again.exit()).toBe(0);
		expect(again.stdout()).toContain('There was no stored Spotify login');
	});

	test('the redirected address pasted on stdin completes the login', async () => {
		const login = cli('login', '--no-browser');
		await login.waitFor('paste here');
		const location = await actAsBrowser(login.stdout(), {followRedirect: false});
		login.type(`${location}\n`);
		expect(await login.exit()).toBe(0);
		expect(login.stdout()).toContain('Logged in to Spotify');
	});

	test('denied consent exits 1 with one line saying what to do', async () => {
		sandbox().controls.consent = 'deny';
		const login = cli('login', '--no-browser');
		await login.waitFor('Waiting for Spotify');
		await actAsBrowser(login.stdout());
		expect(await login.exit()).toBe(1);
		expect(login.stderr()).toBe(
			'musicterminal: the login was cancelled on the Spotify consent page: run `musicterminal login` again and choose Agree.\n',
		);
	});

	test('login with a CLIENT_CREDENTIALS config explains that it needs AUTHORIZATION_CODE', async () => {
		const config = await readFile(configPath, 'utf8');
		await writeFile(
			configPath,
			config.replace('auth_method: AUTHORIZATION_CODE', 'auth_method: CLIENT_CREDENTIALS'),
		);
		const login = cli('login');
		expect(await login.exit()).toBe(1);
		expect(login.stderr()).toContain('set auth_method: AUTHORIZATION_CODE to log in.');
	});
});

describe('musicterminal init', () => {
	test('asks for the keys, writes a 0600 config that loads, and names the redirect URI to register', async () => {
		const target = join(home, 'new', 'config.yaml');
		const init = startCli(['init', '--config', target], env());
		init.type('0123456789abcdef0123456789abcdef\n\n\n');
		expect(await init.exit()).toBe(0);
		expect(init.stdout()).toContain('add exactly http://127.0.0.1:8888/callback');
		expect((await stat(target)).mode & 0o777).toBe(0o600);
		const written = parse(await readFile(target, 'utf8')) as Record<string, string>;
		expect(written).toMatchObject({
			client_id: '0123456789abcdef0123456789abcdef',
			auth_method: 'AUTHORIZATION_CODE',
		});
		expect(written).not.toHaveProperty('client_secret');

		const again = startCli(['init', '--config', target], env());
		expect(await again.exit()).toBe(1);
		expect(again.stderr()).toContain('already exists');
	});

	test('a client ID that is not one is asked again, and the config points at nothing the package lacks', async () => {
		const target = join(home, 'config-id.yaml');
		const init = startCli(['init', '--config', target], env());
		init.type('https://developer.spotify.com/dashboard\n0123456789ABCDEF0123456789abcdef\n\n\n');
		expect(await init.exit()).toBe(0);
		expect(init.stdout()).toContain(
			'A client ID is 32 characters of 0-9 and a-f, as the dashboard shows it; "https://developer.spotify.com/dashboard" is not one: copy it again.',
		);
		const text = await readFile(target, 'utf8');
		expect(parse(text)).toMatchObject({client_id: '0123456789ABCDEF0123456789abcdef'});
		expect(text).not.toContain('config.example.yaml');
	});

	test('browse-only without a secret is asked again', async () => {
		const target = join(home, 'config-cc.yaml');
		const init = startCli(['init', '--config', target], env());
		init.type('0123456789abcdef0123456789abcdef\n\n2\n1\n');
		expect(await init.exit()).toBe(0);
		expect(init.stdout()).toContain('Browsing without a login (2) needs the client secret');
	});
});

describe('a token store that cannot be used', () => {
	const tokensPath = () => join(home, 'xdg', 'musicterminal', 'tokens.json');
	const corrupt = '{"session": {"refreshToken": "keep-me"';

	async function storeText(text: string): Promise<void> {
		await mkdir(dirname(tokensPath()), {recursive: true, mode: 0o700});
		await writeFile(tokensPath(), text, {mode: 0o600});
	}

	async function keptAside(output: string): Promise<string> {
		const aside = new RegExp(
			`It was kept as (${tokensPath().replaceAll('.', '\\.')}\\.unreadable-\\S+);`,
		).exec(output)?.[1];
		expect(aside, output).toBeDefined();
		return readFile(aside ?? '', 'utf8');
	}

	test.each([['now'], ['search', 'radiohead'], ['devices'], ['play'], ['volume', '40']])(
		'a corrupt store: `%s` says where it was kept, and exits 1',
		async (...args) => {
			await storeText(corrupt);
			const run = cli(...args);
			expect(await run.exit()).toBe(1);
			expect(run.stderr()).toContain(
				`musicterminal: the token store ${tokensPath()} could not be read (it is not valid JSON).`,
			);
			expect(await keptAside(run.stderr())).toBe(corrupt);
			expect(existsSync(tokensPath())).toBe(false);
		},
	);

	test('a corrupt store: the terminal UI says where it was kept before its screen opens', async () => {
		await storeText(corrupt);
		const terminal = startCliInTerminal(['--config', configPath], {env: env(), cols: 300});
		await terminal.waitFor('It was kept as');
		expect(await terminal.exit()).toBe(1);
		expect(terminal.screen()).toContain(
			`the token store ${tokensPath()} could not be read (it is not valid JSON).`,
		);
		expect(await keptAside(terminal.screen().replaceAll('\n', ''))).toBe(corrupt);
	});

	test('a corrupt store: logout keeps it aside, says where, and leaves no tokens.json', async () => {
		await storeText(corrupt);
		const logout = cli('logout');
		expect(await logout.exit()).toBe(0);
		expect(logout.stdout()).toContain(
			`The token store ${tokensPath()} could not be read, so it was kept as `,
		);
		const aside = /kept as (\S+):/.exec(logout.stdout())?.[1] ?? '';
		expect(await readFile(aside, 'utf8')).toBe(corrupt);
		expect(existsSync(tokensPath())).toBe(false);
	});

	test('a corrupt store: status says where it was kept, in its lines and in --json', async () => {
		await storeText(corrupt);
		const status = cli('status', '--json');
		expect(await status.exit()).toBe(0);
		const json = JSON.parse(status.stdout()) as {login: {state: string; movedTo: string; message: string}};
		expect(json.login).toMatchObject({
			state: 'moved-aside',
			movedTo: expect.stringContaining('.unreadable-'),
		});
		expect(await readFile(json.login.movedTo, 'utf8')).toBe(corrupt);
		const again = cli('status');
		expect(await again.exit()).toBe(0);
		expect(again.stdout()).toMatch(/Login:\s+not logged in: run `musicterminal login`/);
	});

	test.each([
		['far out of range', '8.64e20'],
		['negative', '-1'],
		['a year ahead', String(Date.now() + 366 * 86_400_000)],
	])(
		'an authorizedAt %s is a corrupt store: no stack from status, no NaN from now',
		async (_case, authorizedAt) => {
			const store = `{"session": {"clientId": "${sandbox().app.clientId}", "refreshToken": "keep-me", "accessToken": "a", "accessTokenExpiresAt": ${Date.now() + 3_600_000}, "scopes": [], "authorizedAt": ${authorizedAt}}}`;
			await storeText(store);
			const status = cli('status');
			expect(await status.exit()).toBe(0);
			expect(status.stdout()).toMatch(
				/Login:\s+the token store .* could not be read \(it does not hold a login musicterminal understands \(session\.authorizedAt is (wrong|in the future)\)\)\. It was kept as/,
			);
			expect(status.stderr()).toBe('');

			await storeText(store);
			const now = cli('now');
			expect(await now.exit()).toBe(1);
			expect(now.stderr()).not.toMatch(/NaN|RangeError|\n\s+at /);
			expect(await keptAside(now.stderr())).toBe(store);
		},
	);
});

describe('a token store musicterminal may not read', () => {
	// Root reads any file, so a denied read is tried as an unprivileged user (nobody), where there is one.
	const asRoot = process.getuid?.() === 0;
	const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
	const nobody = 65_534;
	const canTry = !asRoot || setpriv !== undefined;
	if (!canTry) {
		console.warn('skipped: running as root without setpriv (util-linux), so a denied read cannot be tried');
	}

	function cliAsUser(...args: string[]) {
		const command = asRoot && setpriv !== undefined ? setpriv : process.execPath;
		const prefix =
			asRoot && setpriv !== undefined
				? [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath]
				: [];
		return startProgram(command, [...prefix, cliPath, '--config', configPath, ...args], env());
	}

	async function unreadableStore(owner: 'another user' | 'the user'): Promise<string> {
		const path = join(home, 'xdg', 'musicterminal', 'tokens.json');
		await mkdir(dirname(path), {recursive: true, mode: 0o700});
		await writeFile(path, '{"session": {}}', {mode: 0o600});
		if (asRoot) {
			await chownTree(home, nobody);
			if (owner === 'another user') {
				await chown(path, 0, 0);
			} else {
				await chmod(path, 0o200);
			}
		} else {
			await chmod(path, 0o200);
		}

		return path;
	}

	test.runIf(canTry && asRoot)(
		'owned by another user: the message names the owner and the fix, and nothing moves',
		async () => {
			const path = await unreadableStore('another user');
			for (const args of [['now'], ['status'], ['logout']]) {
				const run = cliAsUser(...args);
				expect(await run.exit(), run.stderr()).toBe(1);
				expect(run.stderr()).toContain(
					`musicterminal: musicterminal may not read the token store ${path} (permission denied): it belongs to uid 0 (mode 0600), and musicterminal runs as uid ${nobody}. Make it yours and private with \`sudo chown "$(id -u)" '${path}'\` and \`chmod 600 '${path}'\`, then try again. Nothing was moved or changed.`,
				);
				expect(await readdir(dirname(path))).toEqual(['tokens.json']);
			}
		},
	);

	test.runIf(canTry && asRoot)(
		'a folder it may not write to: a refresh stops with the fix, and the store is untouched',
		async () => {
			const path = join(home, 'xdg', 'musicterminal', 'tokens.json');
			await mkdir(dirname(path), {recursive: true});
			// A login that allows `now`, whose access token is to be renewed.
			const store = `{"session": {"clientId": "${sandbox().app.clientId}", "refreshToken": "keep-me", "scopes": ["user-read-playback-state"], "authorizedAt": ${Date.now()}}}`;
			await writeFile(path, store, {mode: 0o644});
			await chownTree(home, nobody);
			await chown(dirname(path), 0, 0);
			await chown(path, 0, 0);
			const run = cliAsUser('now');
			expect(await run.exit()).toBe(1);
			expect(run.stderr()).toContain(
				`musicterminal: musicterminal may not write the folder ${dirname(path)} (permission denied): it belongs to uid 0 (mode 0755), and musicterminal runs as uid ${nobody}.`,
			);
			expect(await readFile(path, 'utf8')).toBe(store);
			expect(sandbox().traffic.count('POST', '/api/token')).toBe(0);
		},
	);

	test.runIf(canTry)(
		'without read permission: the message gives the chmod that mends it, and nothing moves',
		async () => {
			const path = await unreadableStore('the user');
			const run = cliAsUser('devices');
			expect(await run.exit()).toBe(1);
			expect(run.stderr()).toContain(
				`musicterminal may not read the token store ${path} (permission denied): it is yours, with mode 0200. Make it yours and private with \`chmod 600 '${path}'\``,
			);
			expect(await readdir(dirname(path))).toEqual(['tokens.json']);
		},
	);
});

async function chownTree(path: string, uid: number): Promise<void> {
	await chown(path, uid, uid);
	for (const entry of await readdir(path, {withFileTypes: true})) {
		const child = join(path, entry.name);
		await (entry.isDirectory() ? chownTree(child, uid) : chown(child, uid, uid));
	}
}

/** Runs a program (here: the CLI under setpriv) with pipes, as startCli runs the CLI itself. */
function startProgram(command: string, args: readonly string[], extraEnv: NodeJS.ProcessEnv) {
	const child = spawn(command, args, {env: {...process.env, ...extraEnv}, stdio: ['ignore', 'pipe', 'pipe']});
	const output = {stdout: '', stderr: ''};
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		output.stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		output.stderr += chunk;
	});
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	return {stdout: () => output.stdout, stderr: () => output.stderr, exit: () => exited};
}
