import {chmod, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {defaultScopes} from '../../source/config/config.js';
import {defaultConfigPath} from '../../source/config/find-config.js';
import {defaultApp} from '../../source/sandbox/accounts/app.js';
import {sandboxConfigYaml} from '../../source/sandbox/config-yaml.js';
import {withConfigHome} from './config-home.js';

const home = withConfigHome();

const originalConfig = `client_id: '0a1b2c3d4e5f67890a1b2c3d4e5f6789'
client_secret: 'f0e1d2c3b4a5968778695a4b3c2d1e0f'
access_token_url: 'https://accounts.spotify.com/api/token'
auth_url: 'http://accounts.spotify.com/authorize'
api_version: 'v1'
api_url: 'https://api.spotify.com'
auth_method: 'AUTHORIZATION_CODE'
`;

/** What every key not in the file comes out as. */
const spotifyDefaultsAsConfig = {
	accessTokenUrl: 'https://accounts.spotify.com/api/token',
	authUrl: 'https://accounts.spotify.com/authorize',
	apiVersion: 'v1',
	apiUrl: 'https://api.spotify.com',
	apiBaseUrl: 'https://api.spotify.com/v1',
	authMethod: 'AUTHORIZATION_CODE',
	redirectUri: 'http://127.0.0.1:8888/callback',
	market: undefined,
	scopes: defaultScopes,
	device: undefined,
};

describe('a valid config', () => {
	test('the original 2018 config.yaml loads unchanged, without warnings, its http auth_url upgraded', async () => {
		const path = await home.write('config.yaml', originalConfig);
		expect(await home.load()).toEqual({
			config: {
				path,
				clientId: '0a1b2c3d4e5f67890a1b2c3d4e5f6789',
				clientSecret: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
				...spotifyDefaultsAsConfig,
			},
			warnings: [],
		});
	});

	test('config.example.yaml loads without warnings', async () => {
		const example = await readFile(join(import.meta.dirname, '../../config.example.yaml'), 'utf8');
		await home.write('config.yaml', example);
		const {config, warnings} = await home.load();
		expect(warnings).toEqual([]);
		expect(config).toMatchObject({clientId: 'your-client-id', market: 'US', scopes: defaultScopes});
	});

	test('the config `musicterminal sandbox` prints loads without warnings', async () => {
		await home.write('config.yaml', sandboxConfigYaml({origin: 'http://127.0.0.1:8787', app: defaultApp}));
		const {config, warnings} = await home.load();
		expect(warnings).toEqual([]);
		expect(config).toMatchObject({
			accessTokenUrl: 'http://127.0.0.1:8787/api/token',
			authUrl: 'http://127.0.0.1:8787/authorize',
			apiBaseUrl: 'http://127.0.0.1:8787/v1',
			market: 'SE',
		});
	});

	test('only the keys that matter: client_id alone gives every default', async () => {
		await home.write('config.yaml', 'client_id: abc\n');
		const {config} = await home.load();
		expect(config).toMatchObject({
			clientSecret: undefined,
			accessTokenUrl: 'https://accounts.spotify.com/api/token',
			authUrl: 'https://accounts.spotify.com/authorize',
			apiBaseUrl: 'https://api.spotify.com/v1',
			authMethod: 'AUTHORIZATION_CODE',
			redirectUri: 'http://127.0.0.1:8888/callback',
			scopes: defaultScopes,
		});
	});

	test('the new keys: auth_method in any case, market upper-cased, a device, an IPv6 loopback redirect_uri', async () => {
		await home.write(
			'config.yaml',
			"client_id: abc\nclient_secret: s\nauth_method: client_Credentials\nmarket: se\ndevice: 'Kitchen Speaker'\nredirect_uri: http://[::1]:9000/cb\n",
		);
		const {config, warnings} = await home.load();
		expect(warnings).toEqual([]);
		expect(config).toMatchObject({
			authMethod: 'CLIENT_CREDENTIALS',
			market: 'SE',
			device: 'Kitchen Speaker',
			redirectUri: 'http://[::1]:9000/cb',
		});
	});

	test.each([
		['a YAML list', 'scopes:\n  - one\n  - two\n', ['one', 'two']],
		['a flow list', 'scopes: [one, two]\n', ['one', 'two']],
		['a space-separated string', "scopes: 'one two'\n", ['one', 'two']],
		['a string with commas', 'scopes: one, two\n', ['one', 'two']],
		['nothing', 'scopes:\n', defaultScopes],
	])('scopes as %s', async (_form, scopes, expected) => {
		await home.write('config.yaml', `client_id: abc\n${scopes}`);
		expect((await home.load()).config.scopes).toEqual(expected);
	});

	test('api_url and api_version join with one slash, whatever slashes they carry', async () => {
		await home.write(
			'config.yaml',
			"client_id: abc\napi_url: 'http://127.0.0.1:8787/spotify/'\napi_version: /v1/\n",
		);
		expect((await home.load()).config).toMatchObject({
			apiUrl: 'http://127.0.0.1:8787/spotify',
			apiVersion: '/v1/',
			apiBaseUrl: 'http://127.0.0.1:8787/spotify/v1',
		});
	});

	test('optional keys left empty take their defaults', async () => {
		await home.write(
			'config.yaml',
			"client_id: abc\nclient_secret: ''\napi_url:\nauth_method:\nredirect_uri: ''\nmarket:\ndevice:\n",
		);
		expect((await home.load()).config).toMatchObject({
			clientSecret: undefined,
			apiUrl: 'https://api.spotify.com',
			authMethod: 'AUTHORIZATION_CODE',
			redirectUri: 'http://127.0.0.1:8888/callback',
			market: undefined,
			device: undefined,
		});
	});

	test('Windows line endings, a byte-order mark and comments change nothing', async () => {
		await home.write('config.yaml', '\uFEFF# mine\r\nclient_id: abc # from the dashboard\r\nmarket: se\r\n');
		expect((await home.load()).config).toMatchObject({clientId: 'abc', market: 'SE'});
	});
});

describe('unknown keys are warnings, not errors', () => {
	test('each names its line, with a suggestion when it is close to a key', async () => {
		await home.write(
			'config.yaml',
			'clientid: abc\nclient_id: abc\nCLIENT_SECRET: x\nsecret: y\nredirect: z\nfavourite_colour: blue\n',
		);
		expect((await home.load()).warnings.map((warning) => warning.replace(home.path(), '~'))).toEqual([
			'~/config.yaml:1: unknown key clientid is ignored. Did you mean client_id?',
			'~/config.yaml:3: unknown key CLIENT_SECRET is ignored. Did you mean client_secret?',
			'~/config.yaml:4: unknown key secret is ignored. Did you mean client_secret?',
			'~/config.yaml:5: unknown key redirect is ignored. Did you mean redirect_uri?',
			'~/config.yaml:6: unknown key favourite_colour is ignored. Remove it, or see config.example.yaml for every key.',
		]);
	});

	test('when the config has problems, unknown keys are listed with them, as they may be the cause', async () => {
		expect(await home.messageFor('clientid: abc\nmarket: SE\n')).toBe(
			[
				'the config has 2 problems:',
				'  config.yaml:1: unknown key clientid is ignored. Did you mean client_id?',
				"  config.yaml: client_id is missing. Add your app's client ID from the Spotify dashboard, such as client_id: '...', or set SPOTIFY_CLIENT_ID.",
			].join('\n'),
		);
	});
});

describe('where the config comes from', () => {
	test('--config, then MUSICTERMINAL_CONFIG, then ./config.yaml, then the XDG directory', async () => {
		const env = {XDG_CONFIG_HOME: join(home.path(), 'xdg')};
		const xdg = await home.write('xdg/musicterminal/config.yaml', 'client_id: from-xdg\n');
		expect((await home.load({env})).config).toMatchObject({path: xdg, clientId: 'from-xdg'});

		const local = await home.write('config.yaml', 'client_id: from-cwd\n');
		expect((await home.load({env})).config).toMatchObject({path: local, clientId: 'from-cwd'});

		const named = await home.write('elsewhere.yaml', 'client_id: from-variable\n');
		const withVariable = {...env, MUSICTERMINAL_CONFIG: named};
		expect((await home.load({env: withVariable})).config).toMatchObject({
			path: named,
			clientId: 'from-variable',
		});

		const flagged = await home.write('flag.yaml', 'client_id: from-flag\n');
		expect((await home.load({configPath: flagged, env: withVariable})).config).toMatchObject({
			path: flagged,
			clientId: 'from-flag',
		});
	});

	test('without XDG_CONFIG_HOME, or with a relative one, the XDG directory is ~/.config', async () => {
		const path = await home.write('.config/musicterminal/config.yaml', 'client_id: abc\n');
		const cwd = await home.write('work/.keep', '').then(() => join(home.path(), 'work'));
		expect((await home.load({cwd})).config.path).toBe(path);
		expect((await home.load({cwd, env: {XDG_CONFIG_HOME: 'relative'}})).config.path).toBe(path);
		expect(defaultConfigPath({env: {}, homedir: '/home/me'})).toBe(
			'/home/me/.config/musicterminal/config.yaml',
		);
		expect(defaultConfigPath({env: {XDG_CONFIG_HOME: '/xdg'}, homedir: '/home/me'})).toBe(
			'/xdg/musicterminal/config.yaml',
		);
	});

	test('a relative --config or MUSICTERMINAL_CONFIG is taken from the working directory', async () => {
		const path = await home.write('configs/mine.yaml', 'client_id: abc\n');
		expect((await home.load({configPath: 'configs/mine.yaml'})).config.path).toBe(path);
		expect((await home.load({env: {MUSICTERMINAL_CONFIG: 'configs/mine.yaml'}})).config.path).toBe(path);
	});

	test('a --config file that does not exist is named, even when another config exists', async () => {
		await home.write('config.yaml', originalConfig);
		expect(await home.errorFrom({configPath: 'nope.yaml'})).toBe(
			'the config file ~/nope.yaml (given with --config) does not exist. Check the path, or run `musicterminal init --config ~/nope.yaml` to write it.',
		);
	});

	test('a MUSICTERMINAL_CONFIG file that does not exist is named with the variable', async () => {
		await home.write('config.yaml', originalConfig);
		expect(await home.errorFrom({env: {MUSICTERMINAL_CONFIG: '/no/such.yaml'}})).toBe(
			'MUSICTERMINAL_CONFIG names the config file /no/such.yaml, which does not exist. Correct the variable, or unset it to use ./config.yaml or the one `musicterminal init` writes.',
		);
	});

	test('nothing found lists the places searched and says to run init', async () => {
		expect(await home.errorFrom()).toBe(
			'no config file found; looked for ~/config.yaml and ~/.config/musicterminal/config.yaml. Run `musicterminal init` to write one, or set MUSICTERMINAL_CONFIG to the path of yours.',
		);
		expect(await home.errorFrom({env: {XDG_CONFIG_HOME: '/xdg', SPOTIFY_CLIENT_SECRET: 'no id'}})).toBe(
			'no config file found; looked for ~/config.yaml and /xdg/musicterminal/config.yaml. Run `musicterminal init` to write one, or set MUSICTERMINAL_CONFIG to the path of yours.',
		);
	});

	test('a config that is a directory says so', async () => {
		await mkdir(join(home.path(), 'config.yaml'));
		expect(await home.errorFrom()).toBe(
			'the config file ~/config.yaml is a directory. Give the path of a YAML file instead.',
		);
	});

	test.skipIf(process.getuid?.() === 0)('a config that cannot be read says why', async () => {
		const path = await home.write('locked.yaml', originalConfig);
		await chmod(path, 0o000);
		expect(await home.errorFrom({configPath: path})).toBe(
			'cannot read the config file ~/locked.yaml (permission denied). Make it readable by you, such as with chmod 600 ~/locked.yaml.',
		);
	});
});

describe('SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET', () => {
	test('override the file', async () => {
		await home.write('config.yaml', originalConfig);
		const env = {SPOTIFY_CLIENT_ID: 'env-id', SPOTIFY_CLIENT_SECRET: 'env-secret'};
		expect((await home.load({env})).config).toMatchObject({clientId: 'env-id', clientSecret: 'env-secret'});
		expect((await home.load({env: {SPOTIFY_CLIENT_SECRET: 'env-secret'}})).config).toMatchObject({
			clientId: '0a1b2c3d4e5f67890a1b2c3d4e5f6789',
			clientSecret: 'env-secret',
		});
	});

	test('stand in for a file: SPOTIFY_CLIENT_ID alone gives a config of defaults with no path', async () => {
		const {config, warnings} = await home.load({env: {SPOTIFY_CLIENT_ID: 'env-id'}});
		expect(warnings).toEqual([]);
		expect(config).toEqual({
			path: undefined,
			clientId: 'env-id',
			clientSecret: undefined,
			...spotifyDefaultsAsConfig,
		});
		const withSecret = await home.load({
			env: {SPOTIFY_CLIENT_ID: 'env-id', SPOTIFY_CLIENT_SECRET: 'env-secret'},
		});
		expect(withSecret.config.clientSecret).toBe('env-secret');
	});

	test('fill in what the file leaves out or empty', async () => {
		await home.write('config.yaml', "client_id: ''\nauth_method: CLIENT_CREDENTIALS\n");
		const env = {SPOTIFY_CLIENT_ID: 'env-id', SPOTIFY_CLIENT_SECRET: 'env-secret'};
		expect((await home.load({env})).config).toMatchObject({
			clientId: 'env-id',
			clientSecret: 'env-secret',
			authMethod: 'CLIENT_CREDENTIALS',
		});
	});

	test('are ignored when empty or blank', async () => {
		await home.write('config.yaml', originalConfig);
		const {config} = await home.load({env: {SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '  '}});
		expect(config).toMatchObject({clientId: '0a1b2c3d4e5f67890a1b2c3d4e5f6789'});
		const empty = await mkdtemp(join(tmpdir(), 'musicterminal-empty-'));
		try {
			await expect(home.load({cwd: empty, env: {SPOTIFY_CLIENT_ID: ' '}})).rejects.toThrow(
				'no config file found',
			);
		} finally {
			await rm(empty, {recursive: true});
		}
	});
});
