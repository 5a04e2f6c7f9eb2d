import {excerpt} from '../format/terminal-text.js';
import {type Config, defaultScopes, spotifyDefaults} from './config.js';
import {type Complaint, ConfigError, type ConfigProblem, formatProblem} from './config-error.js';
import {type ConfigKey, configKeys} from './config-keys.js';
import {keyReaders, type Settings} from './key-readers.js';
import type {ConfigEntry} from './parse-config-file.js';
import {closestMatch} from './suggest.js';

/** SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET, which win over the file. */
export type CredentialOverrides = {
	readonly clientId?: string | undefined;
	readonly clientSecret?: string | undefined;
};

export type ValidatedConfig = {config: Config; warnings: string[]};

/** What the file's entries said: settings, problems, unknown keys, and where each key was. */
type EntriesRead = {
	settings: Settings;
	problems: ConfigProblem[];
	/** Unknown keys: warnings when the config is fine, listed with the problems when it is not. */
	unknownKeys: ConfigProblem[];
	lines: Map<ConfigKey, number | undefined>;
	failed: Set<ConfigKey>;
};

/**
 * The config the entries describe, with the credentials from the environment on top and defaults
 * for the rest; unknown keys become warnings. Throws a ConfigError with every problem found.
 */
export function validateConfig(
	entries: readonly ConfigEntry[],
	{file, overrides}: {file: string | undefined; overrides: CredentialOverrides},
): ValidatedConfig {
	const reading = readEntries(entries, file);
	const settings: Settings = {
		...reading.settings,
		...(overrides.clientId ? {clientId: overrides.clientId} : {}),
		...(overrides.clientSecret ? {clientSecret: overrides.clientSecret} : {}),
	};
	const problems = [...reading.problems, ...missingValues(settings, file, reading)];
	if (problems.length > 0) {
		// A misspelt key is often the cause of a problem (clientid: for client_id:), so it is listed too.
		throw new ConfigError(byLine([...problems, ...reading.unknownKeys]));
	}

	return {config: withDefaults(settings, file), warnings: reading.unknownKeys.map(formatProblem)};
}

function readEntries(entries: readonly ConfigEntry[], file: string | undefined): EntriesRead {
	const reading: EntriesRead = {
		settings: {},
		problems: [],
		unknownKeys: [],
		lines: new Map(),
		failed: new Set(),
	};
	for (const {key, value, line} of entries) {
		if (!isConfigKey(key)) {
			reading.unknownKeys.push({file, line, ...unknownKey(key)});
		} else if (reading.lines.has(key)) {
			reading.problems.push({file, line, ...duplicateKey(key, reading.lines.get(key))});
		} else {
			reading.lines.set(key, line);
			const result = keyReaders[key](value);
			if ('problem' in result) {
				reading.problems.push({file, line, ...result.problem});
				reading.failed.add(key);
			} else {
				reading.settings = {...reading.settings, ...result.value};
			}
		}
	}

	return reading;
}

/** Values needed but absent, unless the key's own problem was reported already. */
function missingValues(
	settings: Settings,
	file: string | undefined,
	{lines, failed}: Pick<EntriesRead, 'lines' | 'failed'>,
): ConfigProblem[] {
	const problems: ConfigProblem[] = [];
	if (settings.clientId === undefined && !failed.has('client_id')) {
		problems.push({
			file,
			line: lines.get('client_id'),
			wrong: lines.has('client_id') ? 'client_id is empty' : 'client_id is missing',
			fix: "Add your app's client ID from the Spotify dashboard, such as client_id: '...', or set SPOTIFY_CLIENT_ID",
		});
	}

	if (
		settings.authMethod === 'CLIENT_CREDENTIALS' &&
		settings.clientSecret === undefined &&
		!failed.has('client_secret')
	) {
		problems.push({
			file,
			line: lines.get('auth_method'),
			wrong: 'auth_method CLIENT_CREDENTIALS needs client_secret, which is not set',
			fix: "Add your app's client secret (or set SPOTIFY_CLIENT_SECRET), or use AUTHORIZATION_CODE, which can log in without one",
		});
	}

	return problems;
}

function withDefaults(settings: Settings, path: string | undefined): Config {
	const {clientId} = settings;
	if (clientId === undefined) {
		throw new Error('validateConfig: client_id must be checked before the defaults are applied.');
	}

	const apiUrl = settings.apiUrl ?? spotifyDefaults.apiUrl;
	const apiVersion = settings.apiVersion ?? spotifyDefaults.apiVersion;
	return {
		path,
		clientId,
		clientSecret: settings.clientSecret,
		accessTokenUrl: settings.accessTokenUrl ?? spotifyDefaults.accessTokenUrl,
		authUrl: settings.authUrl ?? spotifyDefaults.authUrl,
		apiVersion,
		apiUrl,
		apiBaseUrl: `${apiUrl.replace(/\/+$/, '')}/${apiVersion.replaceAll(/^\/+|\/+$/g, '')}`,
		authMethod: settings.authMethod ?? 'AUTHORIZATION_CODE',
		redirectUri: settings.redirectUri ?? spotifyDefaults.redirectUri,
		market: settings.market,
		scopes: settings.scopes ?? defaultScopes,
		device: settings.device,
		pollIntervalSeconds: settings.pollIntervalSeconds,
	};
}

/** In the order of the file; problems without a line (missing keys) last. */
function byLine(problems: readonly ConfigProblem[]): ConfigProblem[] {
	return problems.toSorted(
		(a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
	);
}

function unknownKey(key: string): Complaint {
	const suggestion = closestMatch(key, configKeys);
	return {
		wrong: `unknown key ${excerpt(key)} is ignored`,
		fix:
			suggestion === undefined
				? 'Remove it, or see config.example.yaml for every key'
				: `Did you mean ${suggestion}?`,
	};
}

function duplicateKey(key: ConfigKey, firstLine: number | undefined): Complaint {
	return {
		wrong: `${key} is set twice${firstLine === undefined ? '' : ` (first on line ${firstLine})`}`,
		fix: 'Keep only one of the two lines',
	};
}

function isConfigKey(key: string): key is ConfigKey {
	return (configKeys as readonly string[]).includes(key);
}
