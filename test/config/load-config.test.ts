import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {ConfigError} from '../../source/config/config-error.js';
import {loadConfig} from '../../source/config/load-config.js';

let home: string;

beforeEach(async () => {
	home = await mkdtemp(join(tmpdir(), 'musicterminal-config-'));
});

afterEach(async () => {
	await rm(home, {recursive: true, force: true});
});

const originalConfig = `client_id: '0a1b2c3d4e5f67890a1b2c3d4e5f6789'
client_secret: 'f0e1d2c3b4a5968778695a4b3c2d1e0f'
access_token_url: 'https://accounts.spotify.com/api/token'
auth_url: 'http://accounts.spotify.com/authorize'
api_version: 'v1'
api_url: 'https://api.spotify.com'
auth_method: 'AUTHORIZATION_CODE'
`;

async function write(name: string, text: string): Promise<string> {
	const path = join(home, name);
	await mkdir(join(path, '..'), {recursive: true});
	await writeFile(path, text);
	return path;
}

function load(options: {configPath?: string; env?: NodeJS.ProcessEnv; cwd?: string} = {}) {
	return loadConfig({
		configPath: options.configPath,
		env: options.env ?? {},
		cwd: options.cwd ?? home,
		homedir: home,
	});
}

async function problemWith(text: string): Promise<string> {
	const path = await write('config.yaml', text);
	const error = await load({configPath: path}).catch((caught: unknown) => caught);
	if (!(error instanceof ConfigError)) {
		throw new Error(`expected a ConfigError, got ${String(error)}`);
	}

	return error.message.replaceAll(path, 'config.yaml');
}

describe('a valid config', () => {
	test('the original 2018 config.yaml loads unchanged, without warnings', async () => {
		const path = await write('config.yaml', originalConfig);
		const {config, warnings} = await load();
		expect(warnings).toEqual([]);
		expect(config).toEqual({
			path,
			clientId: '0a1b2c3d4e5f67890a1b2c3d4e5f6789',
			clientSecret: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
			accessTokenUrl: 'https://accounts.spotify.com/api/token',
			authUrl: 'https://accounts.spotify.com/authorize',
			apiVersion: 'v1',
			apiUrl: 'https://api.spotify.com',
			apiBaseUrl: 'https://api.spotify.com/v1',
			authMethod: 'AUTHORIZATION_CODE',
			redirectUri: 'http://127.0.0.1:8888/callback',
			market: undefined,
			scopes: ['user-read-playback-state', 'user-modify-playback-state', 'user-read-currently-playing'],
			device: undefined,
		});
	});

	test('ids that YAML would read as numbers are kept as written', async () => {
		await write('config.yaml', 'client_id: 5e12\nclient_secret: 0123\n');
		const {config} = await load();
		expect(config).toMatchObject({clientId: '5e12', clientSecret: '0123'});
	});

	test('new keys: market upper-cased, scopes as a list or a string, a device, any auth_method case', async () => {
		await write(
			'config.yaml',
			"client_id: abc\nauth_method: client_credentials\nclient_secret: s\nmarket: se\nscopes: [a-scope, b-scope]\ndevice: 'Kitchen Speaker'\nredirect_uri: http://[::1]:9000/cb\n",
		);
		const {config} = await load();
		expect(config).toMatchObject({
			authMethod: 'CLIENT_CREDENTIALS',
			market: 'SE',
			scopes: ['a-scope', 'b-scope'],
			device: 'Kitchen Speaker',
			redirectUri: 'http://[::1]:9000/cb',
		});
		await write('config.yaml', 'client_id: abc\nscopes: one two\n');
		expect((await load()).config.scopes).toEqual(['one', 'two']);
	});

	test('an unknown key is a warning with a suggestion, not an error', async () => {
		await write('config.yaml', 'client_id: abc\nclientsecret: x\nfavourite_colour: blue\n');
		const {warnings} = await load();
		expect(warnings.map((warning) => warning.replace(home, '~'))).toEqual([
			'~/config.yaml:2: unknown key clientsecret (did you mean client_secret?) is ignored.',
			'~/config.yaml:3: unknown key favourite_colour is ignored.',
		]);
	});
});

describe('where the config comes from', () => {
	test('--config, then MUSICTERMINAL_CONFIG, then ./config.yaml, then the XDG directory', async () => {
		const xdg = await write('xdg/musicterminal/config.yaml', 'client_id: from-xdg\n');
		const env = {XDG_CONFIG_HOME: join(home, 'xdg')};
		expect((await load({env})).config.path).toBe(xdg);

		const local = await write('config.yaml', 'client_id: from-cwd\n');
		expect((await load({env})).config.clientId).toBe('from-cwd');

		const fromVariable = await write('elsewhere.yaml', 'client_id: from-variable\n');
		expect((await load({env: {...env, MUSICTERMINAL_CONFIG: fromVariable}})).config.clientId).toBe(
			'from-variable',
		);

		const flagged = await write('flag.yaml', 'client_id: from-flag\n');
		const both = {...env, MUSICTERMINAL_CONFIG: fromVariable};
		expect((await load({configPath: flagged, env: both})).config.clientId).toBe('from-flag');
		expect(local).toBeDefined();
	});

	test('a missing --config or MUSICTERMINAL_CONFIG file is named', async () => {
		await expect(load({configPath: 'nope.yaml'})).rejects.toThrow(
			`the config file ${join(home, 'nope.yaml')} (given with --config) does not exist: check the path.`,
		);
		await expect(load({env: {MUSICTERMINAL_CONFIG: '/no/such.yaml'}})).rejects.toThrow(
			'the config file /no/such.yaml (from MUSICTERMINAL_CONFIG) does not exist: check the variable.',
		);
	});

	test('nothing found lists the places searched and says to run init', async () => {
		await expect(load()).rejects.toThrow(
			`no config file found (looked for ${join(home, 'config.yaml')} and ${join(home, '.config', 'musicterminal', 'config.yaml')}): run \`musicterminal init\` to write one, or point MUSICTERMINAL_CONFIG at yours.`,
		);
	});

	test('SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET override the file, or stand in for it', async () => {
		await write('config.yaml', originalConfig);
		const env = {SPOTIFY_CLIENT_ID: 'env-id', SPOTIFY_CLIENT_SECRET: 'env-secret'};
		expect((await load({env})).config).toMatchObject({clientId: 'env-id', clientSecret: 'env-secret'});

		const empty = await mkdtemp(join(tmpdir(), 'musicterminal-empty-'));
		try {
			const {config} = await load({env, cwd: empty});
			expect(config).toMatchObject({path: undefined, clientId: 'env-id', authMethod: 'AUTHORIZATION_CODE'});
		} finally {
			await rm(empty, {recursive: true});
		}
	});

	test('CLIENT_CREDENTIALS without a secret in the file is fine when SPOTIFY_CLIENT_SECRET gives one', async () => {
		await write('config.yaml', 'client_id: abc\nauth_method: CLIENT_CREDENTIALS\n');
		expect((await load({env: {SPOTIFY_CLIENT_SECRET: 'from-env'}})).config.clientSecret).toBe('from-env');
	});

	test('a config that cannot be read says why', async () => {
		await mkdir(join(home, 'dir.yaml'));
		await expect(load({configPath: 'dir.yaml'})).rejects.toThrow(
			`cannot read the config file ${join(home, 'dir.yaml')} (it is a directory).`,
		);
		if (process.getuid?.() !== 0) {
			const locked = await write('locked.yaml', originalConfig);
			await chmod(locked, 0o000);
			await expect(load({configPath: locked})).rejects.toThrow('(permission denied)');
		}
	});
});

describe('a malformed config gets one line per problem with its line, what is wrong and the fix', () => {
	test.each([
		[
			'no client_id',
			'auth_method: AUTHORIZATION_CODE\n',
			"config.yaml: client_id is missing: add your app's client ID from the Spotify dashboard, such as client_id: '...'.",
		],
		[
			'an empty client_id',
			"client_id: ''\n",
			'config.yaml:1: client_id is empty: give it a value, or remove the line to use the default.',
		],
		[
			'client_id with no value',
			'client_id:\n',
			'config.yaml:1: client_id is empty: give it a value, or remove the line to use the default.',
		],
		[
			'client_id as a list',
			'client_id: [a, b]\n',
			"config.yaml:1: client_id must be text: put the value in quotes, such as client_id: '...'.",
		],
		[
			'client_credentials without a secret',
			'client_id: abc\nauth_method: CLIENT_CREDENTIALS\n',
			"config.yaml:2: auth_method CLIENT_CREDENTIALS needs client_secret: add your app's client secret (or set SPOTIFY_CLIENT_SECRET), or use AUTHORIZATION_CODE, which can log in without one.",
		],
		[
			'a misspelt auth_method',
			'client_id: abc\nauth_method: CLIENT_CREDENTAILS\n',
			'config.yaml:2: auth_method is "CLIENT_CREDENTAILS", which is not an auth method: use CLIENT_CREDENTIALS.',
		],
		[
			'an unknown auth_method',
			'client_id: abc\nauth_method: PASSWORD\n',
			'config.yaml:2: auth_method is "PASSWORD", which is not an auth method: use CLIENT_CREDENTIALS (catalog only) or AUTHORIZATION_CODE (login and playback).',
		],
		[
			'auth_method as a number',
			'client_id: abc\nauth_method: 2\n',
			"config.yaml:2: auth_method must be text (2): put the value in quotes, such as auth_method: '...'. Use CLIENT_CREDENTIALS or AUTHORIZATION_CODE.",
		],
		[
			'a localhost redirect_uri',
			'client_id: abc\nredirect_uri: http://localhost:8888/callback\n',
			"config.yaml:2: redirect_uri uses localhost, which Spotify refuses in redirect URIs since 27 November 2025: use http://127.0.0.1:8888/callback instead, and register exactly that in your app's settings in the Spotify dashboard.",
		],
		[
			'a redirect_uri on another machine',
			'client_id: abc\nredirect_uri: https://example.com/callback\n',
			"config.yaml:2: redirect_uri must point at this machine (127.0.0.1 or [::1]), because `musicterminal login` listens there for Spotify's answer: use http://127.0.0.1:8888/callback and register it in the Spotify dashboard.",
		],
		[
			'an https loopback redirect_uri',
			'client_id: abc\nredirect_uri: https://127.0.0.1:8888/callback\n',
			'config.yaml:2: redirect_uri must start with http:// (the login listens on 127.0.0.1 with plain http, which Spotify allows for loopback addresses): use http://127.0.0.1:8888/callback.',
		],
		[
			'a redirect_uri without a port',
			'client_id: abc\nredirect_uri: http://127.0.0.1/callback\n',
			'config.yaml:2: redirect_uri has no port, and the login needs one to listen on: add it, such as http://127.0.0.1:8888/callback, and register that in the Spotify dashboard.',
		],
		[
			'a redirect_uri that is no address',
			'client_id: abc\nredirect_uri: callback\n',
			'config.yaml:2: redirect_uri "callback" is not a full address: use one such as http://127.0.0.1:8888/callback.',
		],
		[
			'an api_url that is no address',
			'client_id: abc\napi_url: api.spotify.com\n',
			'config.yaml:2: api_url is "api.spotify.com", which is not an http or https address: use https://api.spotify.com, or your server\'s.',
		],
		[
			'an ftp access_token_url',
			'client_id: abc\naccess_token_url: ftp://accounts.spotify.com/api/token\n',
			'config.yaml:2: access_token_url is "ftp://accounts.spotify.com/api/token", which is not an http or https address: use https://accounts.spotify.com/api/token, or your server\'s.',
		],
		[
			'api_version as a number',
			'client_id: abc\napi_version: 1\n',
			"config.yaml:2: api_version must be text (1): put the value in quotes, such as api_version: '...'.",
		],
		[
			'a market that is no country code',
			'client_id: abc\nmarket: Sweden\n',
			'config.yaml:2: market is "Sweden", which is not a country code: use two letters, such as SE or US.',
		],
		[
			'scopes as a number',
			'client_id: abc\nscopes: 7\n',
			'config.yaml:2: scopes must be a list of Spotify scopes, such as [user-read-playback-state, user-modify-playback-state].',
		],
		[
			'device as a list',
			'client_id: abc\ndevice: [a]\n',
			"config.yaml:2: device must be text: put the value in quotes, such as device: '...'.",
		],
		[
			'a client_secret of the wrong type, not shown',
			'client_id: abc\nclient_secret: {value: hunter2}\n',
			"config.yaml:2: client_secret must be text: put the value in quotes, such as client_secret: '...'.",
		],
		[
			'a YAML syntax error',
			"client_id: 'abc\nauth_method: AUTHORIZATION_CODE\n",
			"config.yaml:3:1: this is not valid YAML (Missing closing 'quote): fix the line, or start again from config.example.yaml.",
		],
		[
			'tab indentation',
			'client_id: abc\nscopes:\n\t- one\n',
			'config.yaml:3:1: this is not valid YAML (Tabs are not allowed as indentation): fix the line, or start again from config.example.yaml.',
		],
		[
			'a duplicate key',
			'client_id: abc\nclient_id: def\n',
			'config.yaml:2:1: this is not valid YAML (Map keys must be unique): fix the line, or start again from config.example.yaml.',
		],
		[
			'an empty file',
			'',
			'config.yaml: the config is empty: add client_id and auth_method, as in config.example.yaml.',
		],
		[
			'a comment only',
			'# nothing here\n',
			'config.yaml: the config is empty: add client_id and auth_method, as in config.example.yaml.',
		],
		[
			'a list at the top',
			'- client_id: abc\n',
			'config.yaml:1: the config must be a list of "key: value" lines, such as client_id: \'...\'; see config.example.yaml.',
		],
		[
			'a lone string',
			'just some words\n',
			'config.yaml:1: the config must be a list of "key: value" lines, such as client_id: \'...\'; see config.example.yaml.',
		],
	])('%s', async (_name, text, expected) => {
		expect(await problemWith(text)).toBe(expected);
	});

	test('several problems are reported together', async () => {
		expect(
			await problemWith(
				'auth_method: CLIENT_CREDENTAILS\nmarket: Sweden\nredirect_uri: http://localhost:1/cb\n',
			),
		).toBe(
			[
				'the config has 4 problems:',
				'  config.yaml:1: auth_method is "CLIENT_CREDENTAILS", which is not an auth method: use CLIENT_CREDENTIALS.',
				'  config.yaml:2: market is "Sweden", which is not a country code: use two letters, such as SE or US.',
				"  config.yaml:3: redirect_uri uses localhost, which Spotify refuses in redirect URIs since 27 November 2025: use http://127.0.0.1:1/cb instead, and register exactly that in your app's settings in the Spotify dashboard.",
				"  config.yaml: client_id is missing: add your app's client ID from the Spotify dashboard, such as client_id: '...'.",
			].join('\n'),
		);
	});

	test('the client secret never appears in a message', async () => {
		const message = await problemWith('client_id: abc\nclient_secret: [supersecretvalue]\nmarket: 12\n');
		expect(message).not.toContain('supersecretvalue');
	});
});
