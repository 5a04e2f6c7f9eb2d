import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach} from 'vitest';
import {ConfigError} from '../../source/config/config-error.js';
import {loadConfig} from '../../source/config/load-config.js';
import type {ValidatedConfig} from '../../source/config/validate-config.js';

export type LoadOptions = {configPath?: string; env?: NodeJS.ProcessEnv; cwd?: string};

export type ConfigHome = {
	/** A fresh temporary directory, used as the home, the working directory and the place of config files. */
	readonly path: () => string;
	write: (name: string, text: string) => Promise<string>;
	load: (options?: LoadOptions) => Promise<ValidatedConfig>;
	/** The ConfigError message loading gives, with the temporary directory shown as `~`. */
	errorFrom: (options?: LoadOptions) => Promise<string>;
	/** The ConfigError message for a config.yaml holding `text`, with its path shown as `config.yaml`. */
	messageFor: (text: string) => Promise<string>;
};

/** A temporary directory for each test, removed after it. */
export function withConfigHome(): ConfigHome {
	let home = '';
	beforeEach(async () => {
		home = await mkdtemp(join(tmpdir(), 'musicterminal-config-'));
	});
	afterEach(async () => {
		await rm(home, {recursive: true, force: true});
	});

	const write = async (name: string, text: string): Promise<string> => {
		const path = join(home, name);
		await mkdir(dirname(path), {recursive: true});
		await writeFile(path, text);
		return path;
	};

	const load = async (options: LoadOptions = {}): Promise<ValidatedConfig> =>
		loadConfig({
			configPath: options.configPath,
			env: options.env ?? {},
			cwd: options.cwd ?? home,
			homedir: home,
		});

	const errorFrom = async (options: LoadOptions = {}): Promise<string> => {
		const error = await load(options).then(
			() => undefined,
			(caught: unknown) => caught,
		);
		if (!(error instanceof ConfigError)) {
			throw new Error(`expected a ConfigError, got ${String(error)}`);
		}

		return error.message.replaceAll(home, '~');
	};

	const messageFor = async (text: string): Promise<string> => {
		await write('config.yaml', text);
		return (await errorFrom({configPath: 'config.yaml'})).replaceAll('~/config.yaml', 'config.yaml');
	};

	return {path: () => home, write, load, errorFrom, messageFor};
}
