import {once} from 'node:events';
import {UserFacingError} from '../errors.js';

export type SandboxCommandOptions = {readonly port: number};

/** `musicterminal sandbox`: serves the local Spotify until Ctrl-C or SIGTERM. */
export async function runSandboxCommand({port}: SandboxCommandOptions): Promise<void> {
	const [{startSandbox}, {sandboxConfigYaml}] = await Promise.all([
		import('../sandbox/sandbox.js'),
		import('../sandbox/config-yaml.js'),
	]);
	const sandbox = await startSandbox({port}).catch((error: unknown) => {
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
