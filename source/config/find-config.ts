import {join, resolve} from 'node:path';
import {fileExists} from '../file-exists.js';
import {ConfigError} from './config-error.js';

export type ConfigLocation = {
	readonly configPath?: string | undefined;
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
	readonly homedir: string;
};

/** `$XDG_CONFIG_HOME/musicterminal/config.yaml`: where `musicterminal init` writes. */
export function defaultConfigPath({env, homedir}: Pick<ConfigLocation, 'env' | 'homedir'>): string {
	const configHome = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir, '.config');
	return join(configHome, 'musicterminal', 'config.yaml');
}

/**
 * The config file to read: `--config`, then `$MUSICTERMINAL_CONFIG` (both must exist), then
 * ./config.yaml, then the XDG one. Returns the places searched when none exists.
 */
export async function findConfig(
	location: ConfigLocation,
): Promise<{path: string} | {path: undefined; searched: readonly string[]}> {
	const {configPath, env, cwd} = location;
	if (configPath !== undefined) {
		const path = resolve(cwd, configPath);
		await mustExist(path, `the config file ${path} (given with --config) does not exist: check the path.`);
		return {path};
	}

	const fromEnv = env.MUSICTERMINAL_CONFIG?.trim();
	if (fromEnv) {
		const path = resolve(cwd, fromEnv);
		await mustExist(
			path,
			`the config file ${path} (from MUSICTERMINAL_CONFIG) does not exist: check the variable.`,
		);
		return {path};
	}

	const searched = [join(cwd, 'config.yaml'), defaultConfigPath(location)];
	for (const path of searched) {
		if (await fileExists(path)) {
			return {path};
		}
	}

	return {path: undefined, searched};
}

async function mustExist(path: string, message: string): Promise<void> {
	if (!(await fileExists(path))) {
		throw new ConfigError([{file: undefined, message}]);
	}
}
