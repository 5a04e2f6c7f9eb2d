import type {Stats} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {rememberClientSecret} from '../format/redact.js';
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

		return withSecretRemembered(validateConfig([], {file: undefined, overrides}));
	}

	const parsed = parseConfigFile(await readConfigText(found.path), found.path);
	if ('problem' in parsed) {
		throw new ConfigError([parsed.problem]);
	}

	return withSecretRemembered(validateConfig(parsed.entries, {file: found.path, overrides}));
}

/** The client secret is kept out of everything written from the moment the config is read. */
function withSecretRemembered(validated: ValidatedConfig): ValidatedConfig {
	rememberClientSecret(validated.config.clientId, validated.config.clientSecret);
	return validated;
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

/** A config is a few lines; anything near this size is some other file. */
const largestConfigBytes = 1024 * 1024;

async function readConfigText(path: string): Promise<string> {
	const refuse = (wrong: string, fix = 'Give the path of your config.yaml instead') =>
		new ConfigError([{file: undefined, wrong, fix}]);
	try {
		// Checked before reading: /dev/zero never ends, a FIFO may never answer, a huge file fills memory.
		const stats = await stat(path);
		if (stats.isDirectory()) {
			throw refuse(`the config file ${path} is a directory`, 'Give the path of a YAML file instead');
		}

		if (!stats.isFile()) {
			throw refuse(`the config file ${path} is ${kindOfFile(stats)}, not a file`);
		}

		if (stats.size > largestConfigBytes) {
			throw refuse(
				`the config file ${path} is ${Math.round(stats.size / 1024 / 1024)} MB, far larger than any config (a few lines)`,
			);
		}

		return await readFile(path, 'utf8');
	} catch (error) {
		if (error instanceof ConfigError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EPERM') {
			throw refuse(
				`cannot read the config file ${path} (permission denied)`,
				`Make it readable by you, such as with chmod 600 ${path}`,
			);
		}

		throw refuse(
			`cannot read the config file ${path} (${code ?? (error as Error).message})`,
			'Check the path, or give the path of another config.yaml',
		);
	}
}

function kindOfFile(stats: Stats): string {
	if (stats.isCharacterDevice() || stats.isBlockDevice()) {
		return 'a device';
	}

	if (stats.isFIFO()) {
		return 'a named pipe (FIFO)';
	}

	return stats.isSocket() ? 'a socket' : 'something else';
}
