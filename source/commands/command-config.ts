import type {Config} from '../config/config.js';
import {loadConfig} from '../config/load-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

/** The validated config for a command; its warnings go to stderr, its errors up to the CLI. */
export async function loadCommandConfig(options: GlobalOptions, io: CommandIo): Promise<Config> {
	const {config, warnings} = await loadConfig({
		configPath: options.config,
		env: io.env,
		cwd: io.cwd,
		homedir: io.homedir,
	});
	for (const warning of warnings) {
		io.stderr(`musicterminal: warning: ${warning}\n`);
	}

	return config;
}
