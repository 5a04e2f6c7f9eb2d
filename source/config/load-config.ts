import {readFile} from 'node:fs/promises';
import type {Node} from 'yaml';
import {type AuthMethod, type Config, defaultScopes, spotifyDefaults} from './config.js';
import {ConfigError, type ConfigProblem, formatProblem} from './config-error.js';
import {type ConfigKey, configKeys} from './config-keys.js';
import {type ConfigLocation, findConfig} from './find-config.js';
import {parseConfigFile} from './parse-config-file.js';
import {
	type Reading,
	readAuthMethod,
	readMarket,
	readRedirectUri,
	readScopes,
	readText,
	readUrl,
} from './read-values.js';
import {closestMatch} from './suggest.js';

export type LoadedConfig = {readonly config: Config; readonly warnings: readonly string[]};

type Values = {-readonly [Key in keyof Config]?: Config[Key]};

const readers: Record<ConfigKey, (node: Node | null) => Reading<unknown>> = {
	client_id: (node) => readText('client_id', node, {keepNumbers: true}),
	client_secret: (node) => readText('client_secret', node, {keepNumbers: true, secret: true}),
	access_token_url: (node) => readUrl('access_token_url', node, spotifyDefaults.accessTokenUrl),
	auth_url: (node) => readUrl('auth_url', node, spotifyDefaults.authUrl),
	api_url: (node) => readUrl('api_url', node, spotifyDefaults.apiUrl),
	api_version: (node) => readText('api_version', node),
	auth_method: readAuthMethod,
	redirect_uri: readRedirectUri,
	market: readMarket,
	scopes: readScopes,
	device: (node) => readText('device', node),
};

const fieldOf: Record<ConfigKey, keyof Values> = {
	client_id: 'clientId',
	client_secret: 'clientSecret',
	access_token_url: 'accessTokenUrl',
	auth_url: 'authUrl',
	api_url: 'apiUrl',
	api_version: 'apiVersion',
	auth_method: 'authMethod',
	redirect_uri: 'redirectUri',
	market: 'market',
	scopes: 'scopes',
	device: 'device',
};

/** Finds, reads and checks the config; SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET override the file. */
export async function loadConfig(location: ConfigLocation): Promise<LoadedConfig> {
	const found = await findConfig(location);
	const fromEnv = envValues(location.env);
	if (found.path === undefined) {
		if (fromEnv.clientId === undefined) {
			throw new ConfigError([
				{
					file: undefined,
					message: `no config file found (looked for ${found.searched.join(' and ')}): run \`musicterminal init\` to write one, or point MUSICTERMINAL_CONFIG at yours.`,
				},
			]);
		}

		return {config: complete(fromEnv, undefined), warnings: []};
	}

	const {values, lines, warnings} = await readConfigFile(found.path);
	return {config: complete({...values, ...fromEnv}, found.path, lines), warnings};
}

async function readConfigFile(
	file: string,
): Promise<{values: Values; lines: Partial<Record<ConfigKey, number>>; warnings: string[]}> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code);
		throw new ConfigError([{file: undefined, message: `cannot read the config file ${file} (${reason}).`}]);
	}

	const parsed = parseConfigFile(text, file);
	if ('problems' in parsed) {
		throw new ConfigError(parsed.problems);
	}

	const values: Values = {};
	const lines: Partial<Record<ConfigKey, number>> = {};
	const problems: ConfigProblem[] = [];
	const warnings: string[] = [];
	for (const {key, value, line} of parsed.entries) {
		if (!isConfigKey(key)) {
			const suggestion = closestMatch(key, configKeys);
			const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
			warnings.push(formatProblem({file, line, message: `unknown key ${key}${hint} is ignored.`}));
			continue;
		}

		lines[key] = line;
		const reading = readers[key](value);
		if ('problem' in reading) {
			problems.push({file, line, message: reading.problem});
		} else {
			(values as Record<string, unknown>)[fieldOf[key]] = reading.value;
		}
	}

	if (problems.length > 0) {
		const missing = requiredProblems(values, file, lines).filter(
			(problem) => !problems.some((existing) => existing.line === problem.line),
		);
		throw new ConfigError([...problems, ...missing]);
	}

	return {values, lines, warnings};
}

function complete(
	values: Values,
	path: string | undefined,
	lines: Partial<Record<ConfigKey, number>> = {},
): Config {
	const problems = requiredProblems(values, path, lines);
	if (problems.length > 0 || values.clientId === undefined) {
		throw new ConfigError(problems);
	}

	const apiUrl = values.apiUrl ?? spotifyDefaults.apiUrl;
	const apiVersion = values.apiVersion ?? spotifyDefaults.apiVersion;
	return {
		path,
		clientId: values.clientId,
		clientSecret: values.clientSecret,
		accessTokenUrl: values.accessTokenUrl ?? spotifyDefaults.accessTokenUrl,
		authUrl: values.authUrl ?? spotifyDefaults.authUrl,
		apiVersion,
		apiUrl,
		apiBaseUrl: `${apiUrl.replace(/\/+$/, '')}/${apiVersion.replaceAll(/^\/+|\/+$/g, '')}`,
		authMethod: values.authMethod ?? 'AUTHORIZATION_CODE',
		redirectUri: values.redirectUri ?? spotifyDefaults.redirectUri,
		market: values.market,
		scopes: values.scopes ?? defaultScopes,
		device: values.device,
	};
}

function requiredProblems(
	values: Values,
	file: string | undefined,
	lines: Partial<Record<ConfigKey, number>>,
): ConfigProblem[] {
	const problems: ConfigProblem[] = [];
	if (values.clientId === undefined && lines.client_id === undefined) {
		problems.push({
			file,
			message:
				"client_id is missing: add your app's client ID from the Spotify dashboard, such as client_id: '...'.",
		});
	}

	const method: AuthMethod | undefined = values.authMethod;
	if (
		method === 'CLIENT_CREDENTIALS' &&
		values.clientSecret === undefined &&
		lines.client_secret === undefined
	) {
		problems.push({
			file,
			line: lines.auth_method,
			message:
				"auth_method CLIENT_CREDENTIALS needs client_secret: add your app's client secret (or set SPOTIFY_CLIENT_SECRET), or use AUTHORIZATION_CODE, which can log in without one.",
		});
	}

	return problems;
}

function envValues(env: NodeJS.ProcessEnv): Values {
	const clientId = env.SPOTIFY_CLIENT_ID?.trim();
	const clientSecret = env.SPOTIFY_CLIENT_SECRET?.trim();
	return {...(clientId ? {clientId} : {}), ...(clientSecret ? {clientSecret} : {})};
}

function isConfigKey(key: string): key is ConfigKey {
	return (configKeys as readonly string[]).includes(key);
}
