import {execFileSync} from 'node:child_process';
import {truncate, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {withConfigHome} from './config-home.js';

const home = withConfigHome();

describe('a config path that is not a config file gets a message naming what it is', () => {
	test('/dev/zero, which never ends, is a device', async () => {
		expect(await home.errorFrom({configPath: '/dev/zero'})).toBe(
			'the config file /dev/zero is a device, not a file. Give the path of your config.yaml instead.',
		);
	});

	test('a named pipe is not read, so nothing waits for a writer', async () => {
		const fifo = join(home.path(), 'config.fifo');
		execFileSync('mkfifo', [fifo]);
		expect(await home.errorFrom({configPath: fifo})).toBe(
			'the config file ~/config.fifo is a named pipe (FIFO), not a file. Give the path of your config.yaml instead.',
		);
	});

	test('a huge file is not read into memory', async () => {
		const path = join(home.path(), 'huge.yaml');
		await writeFile(path, 'client_id: x\n');
		await truncate(path, 3 * 1024 * 1024 * 1024);
		expect(await home.errorFrom({configPath: 'huge.yaml'})).toBe(
			'the config file ~/huge.yaml is 3072 MB, far larger than any config (a few lines). Give the path of your config.yaml instead.',
		);
	});
});
