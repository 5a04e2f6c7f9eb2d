import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Config} from '../source/config/config.js';
import {loadConfig} from '../source/config/load-config.js';
import {sandboxConfigYaml} from '../source/sandbox/config-yaml.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';

/** The config `musicterminal sandbox` prints, read the way the CLI reads a config file. */
export async function sandboxConfigFor(sandbox: Sandbox): Promise<Config> {
	const directory = await mkdtemp(join(tmpdir(), 'musicterminal-bench-'));
	try {
		const configPath = join(directory, 'config.yaml');
		await writeFile(configPath, sandboxConfigYaml(sandbox), {mode: 0o600});
		const {config} = await loadConfig({configPath, env: {}, cwd: directory, homedir: homedir()});
		return config;
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
