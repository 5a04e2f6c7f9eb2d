import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {readSearchHistory, writeSearchHistory} from '../../../source/ui/services/search-history.js';
import {recentLimit} from '../../../source/ui/state/ui-state.js';

let directory = '';
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'musicterminal-history-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('the search history file', () => {
	test('is written readable by the user only, in a directory it makes, and read back', async () => {
		const path = join(directory, 'musicterminal', 'search-history.json');
		writeSearchHistory(path, ['radiohead', 'björk']);
		expect((await stat(path)).mode & 0o777).toBe(0o600);
		expect(await readSearchHistory(path)).toEqual({recent: ['radiohead', 'björk']});
	});

	test('keeps the newest searches only', async () => {
		const path = join(directory, 'search-history.json');
		writeSearchHistory(
			path,
			Array.from({length: recentLimit + 20}, (_, index) => `search ${index}`),
		);
		const {recent} = await readSearchHistory(path);
		expect(recent).toHaveLength(recentLimit);
		expect(recent[0]).toBe('search 0');
	});

	test('leaves no half-written file behind: the file is replaced whole', async () => {
		const path = join(directory, 'search-history.json');
		writeSearchHistory(path, ['one']);
		writeSearchHistory(path, ['two', 'one']);
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({version: 1, searches: ['two', 'one']});
		const {readdir} = await import('node:fs/promises');
		expect(await readdir(directory)).toEqual(['search-history.json']);
	});

	test('none yet is an empty history; a corrupt one is passed over with a note naming it', async () => {
		const path = join(directory, 'search-history.json');
		expect(await readSearchHistory(path)).toEqual({recent: []});
		await writeFile(path, '{"searches": [1, "ok", ');
		const broken = await readSearchHistory(path);
		expect(broken.recent).toEqual([]);
		expect(broken.note).toBe(
			`Earlier searches could not be read (it is not JSON) from "${path}"; new searches will replace them.`,
		);
		await writeFile(path, '{"searches": "radiohead"}');
		expect((await readSearchHistory(path)).note).toContain('it holds no list of searches');
		await writeFile(path, '{"searches": [1, "ok", "", "ok"]}');
		expect(await readSearchHistory(path)).toEqual({recent: ['ok']});
	});
});
