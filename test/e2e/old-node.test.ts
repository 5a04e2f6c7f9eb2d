import {execFile} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, test} from 'vitest';
import {cliPath} from '../helpers/cli-process.js';

const run = promisify(execFile);

/** The output and exit code of `node …args`, whether it succeeds or not. */
async function node(
	file: string,
	args: readonly string[],
): Promise<{code: number; stdout: string; stderr: string}> {
	try {
		const {stdout, stderr} = await run(file, [...args]);
		return {code: 0, stdout, stderr};
	} catch (error) {
		const {code, stdout, stderr} = error as {code: number; stdout: string; stderr: string};
		return {code, stdout, stderr};
	}
}

/** A `node` on the PATH other than the project's own (node_modules/.bin), as a machine may have. */
function machineNode(): string | undefined {
	for (const folder of (process.env.PATH ?? '').split(delimiter)) {
		if (folder.includes('node_modules') || folder.includes('_npx')) {
			continue;
		}

		try {
			accessSync(join(folder, 'node'), constants.X_OK);
			return join(folder, 'node');
		} catch {}
	}

	return undefined;
}

const olderNode = await (async () => {
	const file = machineNode();
	if (file === undefined) {
		return undefined;
	}

	const {stdout} = await node(file, ['--version']);
	const [major = 0, minor = 0] = stdout.trim().replace(/^v/, '').split('.').map(Number);
	return major < 22 || (major === 22 && minor < 12) ? {file, version: stdout.trim()} : undefined;
})();

describe('on a Node older than 22.12', () => {
	const oneLine =
		/^musicterminal: this is Node\.js (v[\d.]+), and musicterminal needs Node\.js 22\.12 or newer\. Install Node\.js 24 \(the current LTS line\) or 22, then run musicterminal again\.\n$/;

	test('the built CLI says which Node it needs in one line, with no stack, and exits 1', async () => {
		// This Node, telling the app it is 20.11.1: the check is the first thing the executable does.
		const older = 'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.11.1"})';
		const result = await node(process.execPath, ['--import', older, cliPath, 'status']);
		expect(result).toMatchObject({code: 1, stdout: ''});
		expect(result.stderr).toMatch(oneLine);
		expect(result.stderr).toContain('v20.11.1');
	});

	test.skipIf(olderNode === undefined)('the same on the older Node this machine has', async () => {
		const result = await node(olderNode?.file ?? '', [cliPath, '--version']);
		expect(result).toMatchObject({code: 1, stdout: ''});
		expect(result.stderr).toMatch(oneLine);
		expect(result.stderr).toContain(olderNode?.version ?? '');
	});
});
