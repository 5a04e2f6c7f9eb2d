import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, test} from 'vitest';
import {startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
let directory = '';
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'musicterminal-history-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('earlier searches', () => {
	test('are there again in the next run', async () => {
		const historyPath = join(directory, 'search-history.json');
		const first = await startApp(sandbox(), {historyPath});
		await first.type('endless');
		await first.press('enter');
		await first.waitFor('Artists matching "endless"');
		const second = await startApp(sandbox(), {historyPath});
		await second.waitFor(/Recent searches[^\n]*\n {2}endless/);
		await second.press('up', 'enter');
		await second.waitFor('Artists matching "endless" · 1 found');
	});

	test('a history that cannot be read is passed over with a note, and the app goes on', async () => {
		const historyPath = join(directory, 'search-history.json');
		await writeFile(historyPath, 'not json');
		const app = await startApp(sandbox(), {historyPath});
		await app.waitFor('Earlier searches could not be read (it is not JSON) from');
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 found');
	});
});
