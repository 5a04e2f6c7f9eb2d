import {setImmediate as nextTurn} from 'node:timers/promises';
import {describe, expect, test} from 'vitest';
import {SharedReads} from '../../source/spotify/shared-reads.js';

/** An answer whose JSON takes about `size` characters. */
const answer = (name: string, size: number) => ({name, text: 'x'.repeat(size)});

describe('answers kept for the session', () => {
	test('stay within their size: the least recently read goes first, and is asked for again when read', async () => {
		const reads = new SharedReads({maxKeptSize: 2500});
		const loads: string[] = [];
		const read = async (key: string) =>
			reads.read(
				key,
				async () => {
					loads.push(key);
					return answer(key, 1000);
				},
				{keep: true},
			);

		await read('a');
		await read('b');
		await nextTurn();
		await read('a');
		await read('c');
		await nextTurn();
		expect(reads.kept).toBe(2);
		expect(reads.keptSize).toBeLessThanOrEqual(2500);
		await read('a');
		await read('c');
		await read('b');
		expect(loads).toEqual(['a', 'b', 'c', 'b']);
	});

	test('an answer larger than all the room is given, not kept', async () => {
		const reads = new SharedReads({maxKeptSize: 100});
		const value = await reads.read('big', async () => answer('big', 1000), {keep: true});
		expect(value.name).toBe('big');
		await nextTurn();
		expect(reads.kept).toBe(0);
		expect(reads.keptSize).toBe(0);
	});
});
