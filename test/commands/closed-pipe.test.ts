import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {expect, test} from 'vitest';
import {cliPath} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);

test.each([
	['as JSON', ['--json']],
	['as a table', []],
])(
	'the 1,000 tracks of the box set %s, into a reader that stops after the first line (`| head -1`): exit 0, nothing on stderr',
	async (_how, extra) => {
		const boxSet = sandbox().catalog.highlights.boxSetAlbumId;
		const child = spawn(
			process.execPath,
			[cliPath, '--config', session().configPath, 'tracks', boxSet, ...extra],
			{env: {...process.env, ...session().env}, stdio: ['ignore', 'pipe', 'pipe']},
		);
		const exited = once(child, 'exit');
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		// Far more than a pipe holds: the rest is written after the reader has gone.
		const [first] = (await once(child.stdout, 'data')) as [Buffer];
		child.stdout.destroy();
		const [code, signal] = await exited;
		expect(first.toString('utf8').split('\n')[0]).toMatch(/^(\{|.+ · .+ tracks, )/);
		expect({code, signal, stderr}).toEqual({code: 0, signal: null, stderr: ''});
	},
);
