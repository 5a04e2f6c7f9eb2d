import {expect, test} from 'vitest';
import {collectPages} from '../../source/spotify/collect-pages.js';
import type {Page} from '../../source/spotify/schemas.js';

type Item = {id: string};

function pageOf(list: readonly Item[], offset: number, limit: number): Page<Item> {
	return {items: list.slice(offset, offset + limit), limit, offset, total: list.length, next: null};
}

const items = (count: number, prefix = 'item'): Item[] =>
	Array.from({length: count}, (_, index) => ({id: `${prefix}-${index}`}));

test('a list that shifts between pages keeps each item once, where it first appeared', async () => {
	const before = items(25);
	// Something new arrived at the top after the first page was read: every later item moved down one.
	const after = [{id: 'new'}, ...before];
	const collected = await collectPages(pageOf(before, 0, 10), {
		pageSize: 10,
		concurrency: 4,
		fetchPage: async (offset, limit) => pageOf(after, offset, limit),
	});
	expect(collected.map((item) => item.id)).toEqual(before.map((item) => item.id));
});

test('one failed page fails the list and stops the pages not yet asked for', async () => {
	const list = items(100);
	const asked: number[] = [];
	const collecting = collectPages(pageOf(list, 0, 10), {
		pageSize: 10,
		concurrency: 2,
		fetchPage: async (offset, limit, signal) => {
			asked.push(offset);
			if (offset === 20) {
				throw new Error('page 20 failed');
			}

			await new Promise((resolve) => {
				setTimeout(resolve, 5);
			});
			signal.throwIfAborted();
			return pageOf(list, offset, limit);
		},
	});
	await expect(collecting).rejects.toThrow('page 20 failed');
	expect(asked).toEqual([10, 20]);
});
