import {readFile} from 'node:fs/promises';
import {ConfigError} from './config-error.js';
import {type ConfigLocation, findConfig} from './find-config.js';
import {parseConfigFile} from './parse-config-file.js';
import {type CredentialOverrides, type ValidatedConfig, validateConfig} from './validate-config.js';

export type LoadConfigOptions = ConfigLocation;

/**
 * Finds, reads and checks the config. SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET override the file's
 * keys; with no file at all, SPOTIFY_CLIENT_ID alone makes a config of defaults.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ValidatedConfig> {
	const found = await findConfig(options);
	const overrides = credentialsFrom(options.env);
	if (found.path === undefined) {
		if (overrides.clientId === undefined) {
			throw nothingFound(found.searched);
		}

		return validateConfig([], {file: undefined, overrides});
	}

	const parsed = parseConfigFile(await readConfigText(found.path), found.path);
	if ('problem' in parsed) {
		throw new ConfigError([parsed.problem]);
	}

	return validateConfig(parsed.entries, {file: found.path, overrides});
}

function credentialsFrom(env: NodeJS.ProcessEnv): CredentialOverrides {
	return {
		clientId: env.SPOTIFY_CLIENT_ID?.trim() || undefined,
		clientSecret: env.SPOTIFY_CLIENT_SECRET?.trim() || undefined,
	};
}

function nothingFound(searched: readonly string[]): ConfigError {
	return new ConfigError([
		{
			file: undefined,
			wrong: `no config file found; looked for ${searched.join(' and ')}`,
			fix: 'Run `musicterminal init` to write one, or set MUSICTERMINAL_CONFIG to the path of yours',
		},
	]);
}

async function readConfigText(path: string): Promise<string> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EISDIR') {
			throw new ConfigError([
				{
					file: undefined,
					wrong: `the config file ${path} is a directory`,
					fix: 'Give the path of a YAML file instead',
				},
			]);
		}

		const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
		throw new ConfigError([
			{
				file: undefined,
				wrong: `cannot read the config file ${path} (${reason})`,
				fix: `Make it readable by you, such as with chmod 600 ${path}`,
			},
		]);
	}
}
