import {execFile} from 'node:child_process';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {startTerminal} from '../helpers/pseudo-terminal.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

// The package as a user gets it: packed, installed from the tarball with nothing for development,
// and run from where npm put it. Nothing it needs may be missing from dist/.
describe('the package, packed and installed on its own', () => {
	let folder = '';
	let executable = '';
	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'musicterminal-package-'));
		const packed = await run('npm', ['pack', '--json', '--pack-destination', folder], {cwd: root});
		const [{filename}] = JSON.parse(packed.stdout) as [{filename: string}];
		const app = join(folder, 'app');
		await run(
			'npm',
			['install', '--omit=dev', '--no-audit', '--no-fund', '--prefix', app, join(folder, filename)],
			{cwd: folder},
		);
		executable = join(app, 'node_modules', '.bin', 'musicterminal');
	}, 120_000);
	afterAll(async () => {
		await rm(folder, {recursive: true, force: true});
	});

	test('brings no other package with it', async () => {
		const installed = await readdir(join(folder, 'app', 'node_modules'));
		expect(installed.filter((name) => !name.startsWith('.'))).toEqual(['musicterminal']);
	});

	test('musicterminal --version prints the version', async () => {
		const {stdout} = await run(process.execPath, [executable, '--version']);
		expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	test('musicterminal --demo opens the app against its own sandbox, and q quits it', async () => {
		const terminal = startTerminal(process.execPath, [executable, '--demo'], {cwd: folder});
		try {
			await terminal.waitFor('Search artists:');
			terminal.write('endless');
			terminal.press('enter');
			await terminal.waitFor('› The Endless Archive Orchestra');
			terminal.press('q');
			expect(await terminal.exit()).toBe(0);
		} finally {
			terminal.dispose();
		}
	});
});
