import {type ChildProcess, spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, expect, test} from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const started: ChildProcess[] = [];

afterEach(() => {
	// npm, its shell and the sandbox: the whole process group this test started.
	for (const child of started.splice(0)) {
		if (child.pid !== undefined && child.exitCode === null) {
			process.kill(-child.pid, 'SIGKILL');
		}
	}
});

/** `npm run sandbox -- --port 0` with stdout to a pipe, as `> config.yaml` or `| tee` give it. */
function npmRunSandbox() {
	// Not the settings of the npm running the tests (`npm test -s` would silence this one too).
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
	const child = spawn('npm', ['run', 'sandbox', '--', '--port', '0'], {
		cwd: repository,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	started.push(child);
	const output = {stdout: '', stderr: ''};
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		output.stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		output.stderr += chunk;
	});
	return {child, output};
}

test("npm run sandbox into a file would put npm's banner before the config: it says how to run it instead", async () => {
	const {child, output} = npmRunSandbox();
	// It ends, or the sandbox starts and prints its config after the banner.
	const outcome = await new Promise<string>((resolve) => {
		child.once('exit', (code) => resolve(`exit ${code}`));
		child.stdout.on('data', () => {
			if (output.stdout.includes('client_id')) {
				resolve('the sandbox started');
			}
		});
	});
	expect(outcome).toBe('exit 1');
	expect(output.stdout).not.toContain('client_id');
	expect(output.stderr).toContain(
		"npm printed its banner ahead of the sandbox's config.yaml, so the output would not be a valid config: run `npm run -s sandbox > config.yaml`",
	);
});
