import {describe, expect, test} from 'vitest';
import {withConfigHome} from './config-home.js';

const home = withConfigHome();

const addClientId =
	"Add your app's client ID from the Spotify dashboard, such as client_id: '...', or set SPOTIFY_CLIENT_ID.";
const authMethods =
	'Use AUTHORIZATION_CODE (log in, control playback) or CLIENT_CREDENTIALS (browse the catalog only).';
const register = 'and register exactly that in your app in the Spotify dashboard.';
const writeKeys = "Write one key per line, with a colon and a space after it, such as client_id: '...'";

describe('each problem is one line: the file, the line, what is wrong, how to fix it', () => {
	test.each([
		[
			'no client_id',
			'auth_method: AUTHORIZATION_CODE\n',
			`config.yaml: client_id is missing. ${addClientId}`,
		],
		['an empty client_id', "client_id: ''\n", `config.yaml:1: client_id is empty. ${addClientId}`],
		[
			'client_id with nothing after it',
			'market: SE\nclient_id:\n',
			`config.yaml:2: client_id is empty. ${addClientId}`,
		],
		[
			'client_id as a number',
			'client_id: 1234567890\n',
			"config.yaml:1: client_id must be text, but it is a number. Put it in quotes, such as client_id: '1234567890'.",
		],
		[
			'client_id as a list',
			'client_id: [a, b]\n',
			"config.yaml:1: client_id must be text, but it is a list. Give one value in quotes, such as client_id: 'your-client-id'.",
		],
		[
			'CLIENT_CREDENTIALS without client_secret',
			'client_id: abc\nauth_method: CLIENT_CREDENTIALS\n',
			"config.yaml:2: auth_method CLIENT_CREDENTIALS needs client_secret, which is not set. Add your app's client secret (or set SPOTIFY_CLIENT_SECRET), or use AUTHORIZATION_CODE, which can log in without one.",
		],
		[
			'a misspelt auth_method',
			'client_id: abc\nauth_method: CLIENT_CREDENTAILS\n',
			'config.yaml:2: auth_method is "CLIENT_CREDENTAILS", which is not an auth method. Did you mean CLIENT_CREDENTIALS?',
		],
		[
			'a misspelt auth_method in lower case',
			'client_id: abc\nauth_method: authorisation_code\n',
			'config.yaml:2: auth_method is "authorisation_code", which is not an auth method. Did you mean AUTHORIZATION_CODE?',
		],
		[
			'an unknown auth_method',
			'client_id: abc\nauth_method: PASSWORD\n',
			`config.yaml:2: auth_method is "PASSWORD", which is not an auth method. ${authMethods}`,
		],
		[
			'auth_method as a number',
			'client_id: abc\nauth_method: 2\n',
			`config.yaml:2: auth_method must be text, but it is a number. ${authMethods}`,
		],
		[
			'auth_method as true',
			'client_id: abc\nauth_method: true\n',
			`config.yaml:2: auth_method must be text, but it is a yes/no value. ${authMethods}`,
		],
		[
			'a localhost redirect_uri',
			'client_id: abc\nredirect_uri: http://localhost:3000/callback\n',
			`config.yaml:2: redirect_uri "http://localhost:3000/callback" uses localhost, which Spotify rejects in redirect URIs since 27 November 2025. Use http://127.0.0.1:3000/callback instead, ${register}`,
		],
		[
			'a plain-http redirect_uri on another host',
			'client_id: abc\nredirect_uri: http://example.com/callback\n',
			`config.yaml:2: redirect_uri "http://example.com/callback" uses plain http on example.com, which Spotify allows only for 127.0.0.1 and [::1]. Use http://127.0.0.1:8888/callback, where musicterminal login listens, ${register}`,
		],
		[
			'an https redirect_uri on another host',
			'client_id: abc\nredirect_uri: https://example.com:9000/spotify\n',
			`config.yaml:2: redirect_uri "https://example.com:9000/spotify" points at another machine, but musicterminal login listens on this one. Use http://127.0.0.1:9000/spotify, where musicterminal login listens, ${register}`,
		],
		[
			'an https loopback redirect_uri',
			'client_id: abc\nredirect_uri: https://127.0.0.1:8888/callback\n',
			`config.yaml:2: redirect_uri "https://127.0.0.1:8888/callback" uses https, but musicterminal login listens with plain http, which Spotify allows on 127.0.0.1. Use http://127.0.0.1:8888/callback, ${register}`,
		],
		[
			'a redirect_uri without a port',
			'client_id: abc\nredirect_uri: http://127.0.0.1/callback\n',
			`config.yaml:2: redirect_uri "http://127.0.0.1/callback" has no port, and musicterminal login needs one to listen on. Add one, such as http://127.0.0.1:8888/callback, ${register}`,
		],
		[
			'a redirect_uri without a path',
			'client_id: abc\nredirect_uri: http://[::1]:8888\n',
			`config.yaml:2: redirect_uri "http://[::1]:8888" has no path. Add one, such as http://[::1]:8888/callback, ${register}`,
		],
		[
			'a redirect_uri that is not an address',
			'client_id: abc\nredirect_uri: /callback\n',
			`config.yaml:2: redirect_uri is "/callback", which is not a full http address. Use one such as http://127.0.0.1:8888/callback, ${register}`,
		],
		[
			'an api_url without its scheme',
			'client_id: abc\napi_url: api.spotify.com\n',
			'config.yaml:2: api_url is "api.spotify.com", which is not a full http or https address. Start it with https://, such as https://api.spotify.com.',
		],
		[
			'an api_url that is not an address',
			"client_id: abc\napi_url: 'the spotify api'\n",
			'config.yaml:2: api_url is "the spotify api", which is not a full http or https address. Use one such as https://api.spotify.com.',
		],
		[
			'an ftp access_token_url',
			'client_id: abc\naccess_token_url: ftp://accounts.spotify.com/api/token\n',
			'config.yaml:2: access_token_url is "ftp://accounts.spotify.com/api/token", which is not a full http or https address. Use one such as https://accounts.spotify.com/api/token.',
		],
		[
			'auth_url as a number',
			'client_id: abc\nauth_url: 443\n',
			"config.yaml:2: auth_url must be text, but it is a number. Put it in quotes, such as auth_url: 'https://accounts.spotify.com/authorize'.",
		],
		[
			'api_version as a number',
			'client_id: abc\napi_version: 1\n',
			"config.yaml:2: api_version must be text, but it is a number. Put it in quotes, such as api_version: 'v1'.",
		],
		[
			'api_version as a list',
			'client_id: abc\napi_version: [v1]\n',
			"config.yaml:2: api_version must be text, but it is a list. Give one value in quotes, such as api_version: 'v1'.",
		],
		[
			'a market that is a country name',
			'client_id: abc\nmarket: Sweden\n',
			'config.yaml:2: market is "Sweden", which is not a two-letter country code. Use the code of your country, such as SE for Sweden or US for the United States.',
		],
		[
			'a market that is a number',
			'client_id: abc\nmarket: 46\n',
			"config.yaml:2: market must be text, but it is a number. Put it in quotes, such as market: 'US'.",
		],
		[
			'scopes as a number',
			'client_id: abc\nscopes: 7\n',
			'config.yaml:2: scopes must be a list of scope names, but it is a number. Write them as a list, such as scopes: [user-read-playback-state, user-modify-playback-state].',
		],
		[
			'scopes as key: value lines',
			'client_id: abc\nscopes:\n  read: yes\n',
			'config.yaml:2: scopes must be a list of scope names, but it is a group of "key: value" lines. Write them as a list, such as scopes: [user-read-playback-state, user-modify-playback-state].',
		],
		[
			'scopes with an item that is not text',
			'client_id: abc\nscopes:\n  - user-read-playback-state\n  - [nested]\n',
			'config.yaml:2: scopes must be a list of scope names, but item 2 is not text. Write each scope as a name, such as scopes: [user-read-playback-state, user-modify-playback-state].',
		],
		[
			'scopes as an empty list',
			'client_id: abc\nscopes: []\n',
			'config.yaml:2: scopes is an empty list. List the scopes to ask for, such as scopes: [user-read-playback-state, user-modify-playback-state], or remove the line to use the defaults.',
		],
		[
			'device as a list',
			'client_id: abc\ndevice: [Kitchen, Bedroom]\n',
			"config.yaml:2: device must be text, but it is a list. Give one value in quotes, such as device: 'Kitchen Speaker'.",
		],
		[
			'device as a number, shown back in quotes',
			'client_id: abc\ndevice: 1234\n',
			"config.yaml:2: device must be text, but it is a number. Put it in quotes, such as device: '1234'.",
		],
		[
			'client_secret as key: value lines, its value not shown',
			'client_id: abc\nclient_secret: {value: hunter2}\n',
			'config.yaml:2: client_secret must be text, but it is a group of "key: value" lines. Give one value in quotes, such as client_secret: \'your-client-secret\'.',
		],
		[
			'client_secret as a number, its value not shown',
			'client_id: abc\nclient_secret: 31415926535897932384\n',
			"config.yaml:2: client_secret must be text, but it is a number. Put it in quotes, such as client_secret: 'your-client-secret'.",
		],
		[
			'a key set twice',
			'client_id: abc\nmarket: SE\nclient_id: def\n',
			'config.yaml:3: client_id is set twice (first on line 1). Keep only one of the two lines.',
		],
		[
			'an empty file',
			'',
			"config.yaml: the config file is empty. Add your app's keys as in config.example.yaml, or run `musicterminal init --force` to write them.",
		],
		[
			'a file of comments and blank lines',
			'# client_id: abc\n\n   \n',
			"config.yaml: the config file is empty. Add your app's keys as in config.example.yaml, or run `musicterminal init --force` to write them.",
		],
		[
			'a list at the top',
			'- client_id: abc\n- auth_method: AUTHORIZATION_CODE\n',
			`config.yaml:1: the config is a list (lines starting with "- "), but it must be "key: value" lines. ${writeKeys}; config.example.yaml shows every key.`,
		],
		[
			'a string at the top',
			'\nclient_id abc\n',
			`config.yaml:2: the config is a single value, but it must be "key: value" lines. ${writeKeys}; config.example.yaml shows every key.`,
		],
	])('%s', async (_name, text, expected) => {
		expect(await home.messageFor(text)).toBe(expected);
	});
});

describe('YAML the parser cannot read is reported at its line and column, in plain words', () => {
	test.each([
		[
			'a quote that is never closed',
			"client_id: abc\nclient_secret: 'f0e1d2\nauth_method: AUTHORIZATION_CODE\n",
			'config.yaml:2:16: the quote that starts here is never closed. Add the same quote mark at the end of the value.',
		],
		[
			'a line indented with a tab',
			'client_id: abc\nscopes:\n\t- user-read-playback-state\n',
			'config.yaml:3:1: this line is indented with a tab, which YAML does not allow. Indent it with spaces.',
		],
		[
			'a whole file indented with tabs',
			'\tclient_id: abc\n\tmarket: SE\n',
			'config.yaml:1:1: this line is indented with a tab, which YAML does not allow. Indent it with spaces.',
		],
		[
			'a key without its colon',
			'client_id: abc\nmarket SE\n',
			'config.yaml:2:1: this line is not a "key: value" pair. Put a colon and a space after the key, such as market: \'US\'.',
		],
		[
			'a key indented under the one before',
			'client_id: abc\n  market: SE\n',
			'config.yaml:1:12: the value here runs into another "key: value", from a ": " inside it or an indented line below it. Put the value in quotes, or start every key at the beginning of its line, or compare it with config.example.yaml.',
		],
		[
			'a list never closed',
			'client_id: abc\nscopes: [user-read-playback-state\nmarket: SE\n',
			'config.yaml:3:1: the [ opened before this line is never closed. Add the closing ] at the end of the value.',
		],
		[
			'a value starting with a reserved character',
			'client_id: @abc\n',
			'config.yaml:1:12: a value starts with a character that YAML reserves, such as @ or `. Put the value in quotes.',
		],
		[
			'two documents in one file',
			'client_id: abc\n---\nclient_id: def\n',
			'config.yaml:2:1: a line with --- starts a second config in the same file. Keep one config and remove the --- line.',
		],
		[
			'text after a quoted value',
			"client_id: 'abc' def\n",
			'config.yaml:1:18: YAML does not expect what is here, such as more text after a closing quote, or an extra ] or }. Put the whole value in quotes, or remove what is extra.',
		],
		[
			'an unknown escape in double quotes',
			'client_id: abc\ndevice: "C:\\speaker"\n',
			'config.yaml:2:12: a backslash in "double quotes" starts an escape that YAML does not know. Put the value in \'single quotes\' instead, where a backslash is just a backslash.',
		],
		[
			'a parser error without plain words of its own',
			'client_id: abc\nmarket: &one &two SE\n',
			'config.yaml:2:14: YAML cannot read this (A node can have at most one anchor). Fix the line, or compare it with config.example.yaml.',
		],
	])('%s', async (_name, text, expected) => {
		expect(await home.messageFor(text)).toBe(expected);
	});
});

describe('every problem is reported at once', () => {
	test('problems and unknown keys in the order of the file, then missing keys, each on its own line', async () => {
		expect(
			await home.messageFor(
				'auth_method: CLIENT_CREDENTAILS\nmarket: Sweden\nredirect_uri: http://localhost:1/cb\nscopes: 7\nclientid: x\n',
			),
		).toBe(
			[
				'the config has 6 problems:',
				'  config.yaml:1: auth_method is "CLIENT_CREDENTAILS", which is not an auth method. Did you mean CLIENT_CREDENTIALS?',
				'  config.yaml:2: market is "Sweden", which is not a two-letter country code. Use the code of your country, such as SE for Sweden or US for the United States.',
				`  config.yaml:3: redirect_uri "http://localhost:1/cb" uses localhost, which Spotify rejects in redirect URIs since 27 November 2025. Use http://127.0.0.1:1/cb instead, ${register}`,
				'  config.yaml:4: scopes must be a list of scope names, but it is a number. Write them as a list, such as scopes: [user-read-playback-state, user-modify-playback-state].',
				'  config.yaml:5: unknown key clientid is ignored. Did you mean client_id?',
				`  config.yaml: client_id is missing. ${addClientId}`,
			].join('\n'),
		);
	});

	test('CLIENT_CREDENTIALS with a client_secret of the wrong type reports the type only', async () => {
		expect(
			await home.messageFor('client_id: abc\nauth_method: CLIENT_CREDENTIALS\nclient_secret: [x]\n'),
		).toBe(
			"config.yaml:3: client_secret must be text, but it is a list. Give one value in quotes, such as client_secret: 'your-client-secret'.",
		);
	});
});

describe('the client secret never appears in a message', () => {
	const secret = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
	test.each([
		['a wrong type', `client_id: abc\nclient_secret: [${secret}]\n`],
		['a map', `client_id: abc\nclient_secret: {${secret}: 1}\n`],
		['a number', 'client_id: abc\nclient_secret: 12345678901234567890\n'],
		['an unclosed quote', `client_id: abc\nclient_secret: '${secret}\n`],
		['text after it', `client_id: abc\nclient_secret: '${secret}' ${secret}\n`],
		['a missing colon', `client_id: abc\nclient_secret ${secret}\n`],
		['an indented line after it', `client_id: abc\nclient_secret: ${secret}\n  ${secret}: x\n`],
	])('with %s', async (_name, text) => {
		const message = await home.messageFor(text);
		expect(message).not.toContain(secret);
		expect(message).not.toContain('12345678901234567890');
	});
});
