import {once} from 'node:events';
import {UsageError, UserFacingError} from '../errors.js';
import {quoted} from '../format/terminal-text.js';

export type SandboxCommandOptions = {
	readonly port: number;
	/** `--fault` specs, such as `rate-limit,path=/v1/search`. */
	readonly fault?: readonly string[];
	/** `--scene` names, such as `local-file`. */
	readonly scene?: readonly string[];
};

/** `musicterminal sandbox`: serves the local Spotify until Ctrl-C or SIGTERM. */
export async function runSandboxCommand({
	port,
	fault = [],
	scene = [],
}: SandboxCommandOptions): Promise<void> {
	const [{startSandbox}, {sandboxConfigYaml}, {FaultSpecError, parseFaultSpec}, {isSceneName, sceneNames}] =
		await Promise.all([
			import('../sandbox/sandbox.js'),
			import('../sandbox/config-yaml.js'),
			import('../sandbox/fault-spec.js'),
			import('../sandbox/scenes.js'),
		]);
	const faults = fault.map((spec) => {
		try {
			return parseFaultSpec(spec);
		} catch (error) {
			if (error instanceof FaultSpecError) {
				throw new UsageError(`--fault ${quoted(spec)}: ${error.message}`);
			}

			throw error;
		}
	});
	const scenes = scene.map((name) => {
		if (!isSceneName(name)) {
			throw new UsageError(`--scene ${quoted(name)} is not a scene: choose from ${sceneNames.join(', ')}.`);
		}

		return name;
	});
	const sandbox = await startSandbox({port, faults, scenes}).catch((error: unknown) => {
		if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
			throw new UserFacingError(
				`port ${port} on 127.0.0.1 is already in use: choose another with --port, or --port 0 for any free port.`,
			);
		}

		throw error;
	});
	process.stdout.write(sandboxConfigYaml(sandbox));
	process.stderr.write(
		`Local Spotify sandbox listening on ${sandbox.origin}. Save the config above (stdout) as config.yaml.\n` +
			`Switch faults, the player's state and token expiry at ${sandbox.origin}/_sandbox (see the README).\n` +
			'Press Ctrl-C to stop.\n',
	);
	const stop = new AbortController();
	await Promise.race([
		once(process, 'SIGINT', {signal: stop.signal}),
		once(process, 'SIGTERM', {signal: stop.signal}),
	]);
	stop.abort();
	await sandbox.close();
}
