import {describe, expect, test} from 'vitest';
import {type CollectPagesOptions, collectPages} from '../../source/spotify/collect-pages.js';
import type {Page} from '../../source/spotify/schemas.js';

type Item = {id: string | null; uri: string};

const items = (count: number, prefix = 'item'): Item[] =>
	Array.from({length: count}, (_, index) => ({
		id: `${prefix}-${index}`,
		uri: `spotify:x:${prefix}-${index}`,
	}));

/** A server whose pages come from `list`, and whose `total` may say something else. */
function server(list: readonly Item[], {total = list.length}: {total?: number} = {}) {
	const asked: Array<[number, number]> = [];
	let inFlight = 0;
	let peakInFlight = 0;
	const page = (offset: number, limit: number): Page<Item> => {
		const slice = list.slice(offset, offset + limit);
		return {
			items: slice,
			sent: slice.length,
			limit,
			offset,
			total,
			next: offset + limit < list.length ? `next?offset=${offset + limit}` : null,
		};
	};

	return {
		asked,
		peakInFlight: () => peakInFlight,
		first: (limit: number) => page(0, limit),
		fetchPage: async (offset: number, limit: number) => {
			asked.push([offset, limit]);
			inFlight += 1;
			peakInFlight = Math.max(peakInFlight, inFlight);
			await new Promise((resolve) => {
				setTimeout(resolve, 1);
			});
			inFlight -= 1;
			return page(offset, limit);
		},
	};
}

const options = (
	fetchPage: CollectPagesOptions<Item>['fetchPage'],
	more: Partial<CollectPagesOptions<Item>> = {},
): CollectPagesOptions<Item> => ({
	pageSize: 10,
	ceiling: 2000,
	firstLimit: 10,
	concurrency: 4,
	keyOf: (item) => item.id,
	fetchPage,
	...more,
});

describe('a list whose total is true', () => {
	test('arrives whole and in order, four pages at a time, without asking past its end', async () => {
		const list = items(95);
		const spotify = server(list);
		const listing = await collectPages(spotify.first(10), options(spotify.fetchPage));
		expect(listing).toEqual({items: list, total: 95, capped: false});
		expect(spotify.asked).toHaveLength(9);
		expect(spotify.asked.at(-1)).toEqual([90, 5]);
		expect(spotify.peakInFlight()).toBe(4);
	});

	test('a list that shifts between pages keeps each item once, where it first appeared', async () => {
		const before = items(25);
		// Something new arrived at the top after the first page was read: every later item moved down one.
		const after = server([{id: 'new', uri: 'spotify:x:new'}, ...before]);
		const listing = await collectPages(server(before).first(10), options(after.fetchPage));
		expect(listing.items.map((item) => item.id)).toEqual(before.map((item) => item.id));
	});

	test('a page whose entries were partly left out (nulls, no identity) still counts as full', async () => {
		const list = items(30);
		const thinned = async (offset: number, limit: number): Promise<Page<Item>> => {
			const slice = list.slice(offset, offset + limit);
			return {items: slice.slice(1), sent: slice.length, limit, offset, total: 30, next: null};
		};
		const listing = await collectPages(await thinned(0, 10), options(thinned));
		expect(listing.items).toHaveLength(27);
	});

	test('items without an identity are never taken for duplicates', async () => {
		const list = [...items(3), {id: null, uri: 'a'}, {id: null, uri: 'b'}];
		const spotify = server(list);
		const listing = await collectPages(
			spotify.first(2),
			options(spotify.fetchPage, {pageSize: 2, firstLimit: 2}),
		);
		expect(listing.items).toEqual(list);
	});
});

describe('a total that is not to be trusted', () => {
	test('a huge total is followed only up to the ceiling, and the listing says it was cut', async () => {
		const endless = Array.from({length: 3000}, (_, index) => ({id: `${index}`, uri: `u${index}`}));
		const spotify = server(endless, {total: 14_487_814});
		const listing = await collectPages(spotify.first(10), options(spotify.fetchPage));
		expect(listing.items).toHaveLength(2000);
		expect(listing).toMatchObject({total: 14_487_814, capped: true});
		expect(spotify.asked).toHaveLength(199);
		expect(spotify.peakInFlight()).toBeLessThanOrEqual(4);
	});

	test('a total larger than the list stops at the first short page', async () => {
		const spotify = server(items(42), {total: 500});
		const listing = await collectPages(spotify.first(10), options(spotify.fetchPage));
		expect(listing).toMatchObject({capped: false, total: 500});
		expect(listing.items).toEqual(items(42));
		// The pages already on their way when the short one came back are all that were asked past it.
		expect(spotify.asked.filter(([offset]) => offset > 40).length).toBeLessThanOrEqual(3);
	});

	test('a total smaller than the list: full pages that link on are followed', async () => {
		const spotify = server(items(37), {total: 12});
		const listing = await collectPages(spotify.first(10), options(spotify.fetchPage));
		expect(listing.items).toEqual(items(37));
		expect(listing.total).toBe(37);
	});

	test('an empty first page ends the list however many it claims', async () => {
		const spotify = server([], {total: 1_000_000});
		const listing = await collectPages(spotify.first(10), options(spotify.fetchPage));
		expect(listing.items).toEqual([]);
		expect(spotify.asked).toEqual([]);
	});
});

test('one failed page fails the list and stops the pages not yet asked for', async () => {
	const list = items(100);
	const asked: number[] = [];
	const collecting = collectPages(
		server(list).first(10),
		options(
			async (offset, limit, signal) => {
				asked.push(offset);
				if (offset === 20) {
					throw new Error('page 20 failed');
				}

				await new Promise((resolve) => {
					setTimeout(resolve, 5);
				});
				signal.throwIfAborted();
				return server(list).first(offset + limit);
			},
			{concurrency: 2},
		),
	);
	await expect(collecting).rejects.toThrow('page 20 failed');
	expect(asked).toEqual([10, 20]);
});
