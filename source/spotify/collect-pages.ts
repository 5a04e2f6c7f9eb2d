import type {Page} from './schemas.js';

/** A whole list, or as much of it as the ceiling allows. */
export type Listing<Item> = {
	readonly items: Item[];
	/** How many there are in all, as Spotify says (or as many as arrived, if more did). */
	readonly total: number;
	/** True when the list was cut at the ceiling while Spotify had more. */
	readonly capped: boolean;
};

export type CollectPagesOptions<Item> = {
	/** The most items one request may ask for. */
	readonly pageSize: number;
	/** The most items collected, whatever `total` says: memory and requests stay bounded. */
	readonly ceiling: number;
	/** Requests in flight at once. */
	readonly concurrency: number;
	/** The size the first page was asked for; its own `limit` when absent (an album's first tracks). */
	readonly firstLimit?: number | undefined;
	readonly fetchPage: (offset: number, limit: number, signal: AbortSignal) => Promise<Page<Item>>;
	/** What makes two items the same, for dropping duplicates; null keeps the item whatever. */
	readonly keyOf: (item: Item) => string | null;
	readonly signal?: AbortSignal | undefined;
	/** Told after each page, with the items loaded so far and how many are expected. */
	readonly onProgress?: ((loaded: number, expected: number) => void) | undefined;
};

type Settled<Item> = {readonly offset: number; readonly limit: number; readonly page: Page<Item>};

/**
 * Every item of a paged list, given its first page (from offset 0), in order and without duplicates. `total` is
 * only a hint: pages up to it are fetched `concurrency` at a time, an empty or short page ends the
 * list there, a full last page whose `next` is set is followed past it, and nothing is fetched
 * beyond `ceiling` items.
 */
export async function collectPages<Item>(
	first: Page<Item>,
	options: CollectPagesOptions<Item>,
): Promise<Listing<Item>> {
	const {ceiling, pageSize} = options;
	const pages = new Map<number, Item[]>();
	let reportedTotal = 0;
	// Where the list is expected to end: `total`, unless pages say more.
	let planned = 0;
	// Where it ended for certain: at the end of the first empty or short page.
	let end: number | undefined;
	let lastPageLinksOn = false;
	let loaded = 0;
	const stopAt = () => Math.min(end ?? planned, ceiling);

	const take = ({offset, limit, page}: Settled<Item>) => {
		pages.set(offset, page.items);
		loaded += page.items.length;
		reportedTotal = Math.max(reportedTotal, page.total);
		planned = Math.max(planned, Math.min(ceiling, reportedTotal));
		if (page.sent === 0 || page.sent < limit) {
			end = Math.min(end ?? Number.POSITIVE_INFINITY, offset + page.sent);
		} else if (offset + limit >= planned) {
			// A full last page: if it links to a next one, the list goes on past what `total` said.
			lastPageLinksOn = page.next !== null;
			planned = Math.min(ceiling, offset + limit + (lastPageLinksOn ? pageSize : 0));
		}

		options.onProgress?.(Math.min(loaded, stopAt()), stopAt());
	};

	// The first page was asked for at offset 0, whatever offset the answer claims.
	take({offset: 0, limit: options.firstLimit ?? first.limit ?? first.sent, page: first});
	let nextOffset = first.sent;

	const stop = new AbortController();
	const stopWithCaller = () => {
		stop.abort(options.signal?.reason);
	};

	options.signal?.addEventListener('abort', stopWithCaller, {once: true});
	const inFlight = new Map<number, Promise<Settled<Item>>>();
	try {
		for (;;) {
			while (inFlight.size < options.concurrency && nextOffset < stopAt()) {
				stop.signal.throwIfAborted();
				const offset = nextOffset;
				const limit = Math.min(pageSize, stopAt() - offset);
				inFlight.set(
					offset,
					options.fetchPage(offset, limit, stop.signal).then((page) => ({offset, limit, page})),
				);
				nextOffset += limit;
			}

			if (inFlight.size === 0) {
				break;
			}

			const settled = await Promise.race(inFlight.values());
			inFlight.delete(settled.offset);
			if (end === undefined || settled.offset < end) {
				take(settled);
			}
		}
	} catch (error) {
		// One failed page fails the list: the pages still in flight are given up.
		stop.abort(error);
		for (const request of inFlight.values()) {
			request.catch(() => undefined);
		}

		throw options.signal?.aborted === true ? options.signal.reason : error;
	} finally {
		options.signal?.removeEventListener('abort', stopWithCaller);
	}

	const items = inOrder(pages, end ?? ceiling, options.keyOf).slice(0, ceiling);
	const capped = end === undefined && planned >= ceiling && (reportedTotal > ceiling || lastPageLinksOn);
	return {items, total: Math.max(reportedTotal, items.length), capped};
}

function inOrder<Item>(
	pages: ReadonlyMap<number, Item[]>,
	end: number,
	keyOf: (item: Item) => string | null,
): Item[] {
	const seen = new Set<string>();
	const items: Item[] = [];
	for (const offset of [...pages.keys()].sort((a, b) => a - b)) {
		if (offset >= end) {
			break;
		}

		for (const item of pages.get(offset) ?? []) {
			const key = keyOf(item);
			if (key === null || !seen.has(key)) {
				items.push(item);
				if (key !== null) {
					seen.add(key);
				}
			}
		}
	}

	return items;
}
