import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {storeSandboxLogin} from '../source/commands/demo-session.js';
import {sandboxConfigYaml} from '../source/sandbox/config-yaml.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';

export type LoggedInHome = {
	/** For XDG_CONFIG_HOME: the config and the login are in `musicterminal/` under it. */
	readonly home: string;
	readonly configPath: string;
	remove(): Promise<void>;
};

/** A config for `sandbox` and a login to it, where the CLI looks for them when XDG_CONFIG_HOME is `home`. */
export async function loggedInHome(sandbox: Sandbox): Promise<LoggedInHome> {
	const home = await mkdtemp(join(tmpdir(), 'musicterminal-bench-'));
	const directory = join(home, 'musicterminal');
	await mkdir(directory, {mode: 0o700});
	const configPath = join(directory, 'config.yaml');
	await writeFile(configPath, sandboxConfigYaml(sandbox), {mode: 0o600});
	storeSandboxLogin(sandbox, sandbox.app.clientId, directory);
	return {home, configPath, remove: async () => rm(home, {recursive: true, force: true})};
}
