import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import {freePort} from '../helpers/auth-setup.js';
import {startCli} from '../helpers/cli-process.js';
import {withSandbox} from '../helpers/sandbox-session.js';

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

		const logout = cli('logout');
		expect(await logout.exit()).toBe(0);
		expect(logout.stdout()).toContain('Logged out');
		const after = cli('status');
		await after.exit();
		expect(after.stdout()).toContain('not logged in: run `musicterminal login`');
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

	test('browse-only without a secret is asked again', async () => {
		const target = join(home, 'config-cc.yaml');
		const init = startCli(['init', '--config', target], env());
		init.type('0123456789abcdef0123456789abcdef\n\n2\n1\n');
		expect(await init.exit()).toBe(0);
		expect(init.stdout()).toContain('Browsing without a login (2) needs the client secret');
	});
});
