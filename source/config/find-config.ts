import {isAbsolute, join, resolve} from 'node:path';
import {fileExists} from '../file-exists.js';
import {type Complaint, ConfigError} from './config-error.js';

/** Where to look for the config; passed in so that nothing below reads process globals. */
export type ConfigLocation = {
	/** `--config PATH`, relative to `cwd`. */
	readonly configPath?: string | undefined;
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
	readonly homedir: string;
};

export type FoundConfig =
	| {readonly path: string}
	| {readonly path: undefined; readonly searched: readonly string[]};

/** `$XDG_CONFIG_HOME/musicterminal/config.yaml`, or under ~/.config: where `musicterminal init` writes. */
export function defaultConfigPath({env, homedir}: Pick<ConfigLocation, 'env' | 'homedir'>): string {
	// The XDG spec says to ignore a relative XDG_CONFIG_HOME.
	const configHome =
		env.XDG_CONFIG_HOME !== undefined && isAbsolute(env.XDG_CONFIG_HOME)
			? env.XDG_CONFIG_HOME
			: join(homedir, '.config');
	return join(configHome, 'musicterminal', 'config.yaml');
}

/**
 * The config file to read: `--config`, then `$MUSICTERMINAL_CONFIG` (each must exist when given), then
 * ./config.yaml, then the XDG one. When none exists, the places searched.
 */
export async function findConfig(location: ConfigLocation): Promise<FoundConfig> {
	const {configPath, env, cwd} = location;
	if (configPath !== undefined) {
		const path = resolve(cwd, configPath);
		await mustExist(path, {
			wrong: `the config file ${path} (given with --config) does not exist`,
			fix: `Check the path, or run \`musicterminal init --config ${path}\` to write it`,
		});
		return {path};
	}

	const fromVariable = env.MUSICTERMINAL_CONFIG?.trim();
	if (fromVariable) {
		const path = resolve(cwd, fromVariable);
		await mustExist(path, {
			wrong: `MUSICTERMINAL_CONFIG names the config file ${path}, which does not exist`,
			fix: 'Correct the variable, or unset it to use ./config.yaml or the one `musicterminal init` writes',
		});
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

async function mustExist(path: string, complaint: Complaint): Promise<void> {
	if (!(await fileExists(path))) {
		throw new ConfigError([{file: undefined, ...complaint}]);
	}
}
