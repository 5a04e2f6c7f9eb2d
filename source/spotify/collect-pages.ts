import pLimit from 'p-limit';
import type {Page} from './schemas.js';

export type CollectPagesOptions<Item> = {
	/** The most items one request may ask for. */
	readonly pageSize: number;
	/** Stop after this many items (all of them when absent). */
	readonly upTo?: number | undefined;
	/** Requests in flight at once. */
	readonly concurrency: number;
	readonly fetchPage: (offset: number, limit: number, signal: AbortSignal) => Promise<Page<Item>>;
	readonly signal?: AbortSignal | undefined;
	/** Told after each page, with the items loaded so far and how many there are in all. */
	readonly onProgress?: ((loaded: number, total: number) => void) | undefined;
};

/**
 * Every item of a paged list, given its first page: once `total` is known the remaining pages are
 * fetched at once, `concurrency` at a time, and joined in order without duplicate ids. If the list
 * grew meanwhile (a later page reports a larger total), the pages past the old end follow.
 */
export async function collectPages<Item extends {readonly id: string}>(
	first: Page<Item>,
	options: CollectPagesOptions<Item>,
): Promise<Item[]> {
	const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
	const pages: Array<Page<Item>> = [first];
	let wanted = Math.min(first.total, upTo);
	let nextOffset = first.offset + first.items.length;
	let loaded = first.items.length;
	options.onProgress?.(Math.min(loaded, wanted), wanted);

	const stop = new AbortController();
	const stopWithCaller = () => {
		stop.abort(options.signal?.reason);
	};

	options.signal?.addEventListener('abort', stopWithCaller, {once: true});
	const limit = pLimit(options.concurrency);
	const fetchPage = async (offset: number, size: number) => {
		stop.signal.throwIfAborted();
		try {
			const page = await options.fetchPage(offset, size, stop.signal);
			loaded += page.items.length;
			options.onProgress?.(Math.min(loaded, wanted), wanted);
			return page;
		} catch (error) {
			// One failed page fails the list: the pages still queued are not asked for.
			stop.abort(error);
			limit.clearQueue();
			throw error;
		}
	};

	try {
		while (nextOffset < wanted) {
			const offsets: number[] = [];
			for (let offset = nextOffset; offset < wanted; offset += options.pageSize) {
				offsets.push(offset);
			}

			const end = wanted;
			const round = await Promise.all(
				offsets.map(async (offset) =>
					limit(async () => fetchPage(offset, Math.min(options.pageSize, end - offset))),
				),
			);
			pages.push(...round);
			nextOffset = end;
			wanted = Math.min(Math.max(wanted, ...round.map((page) => page.total)), upTo);
		}
	} catch (error) {
		throw options.signal?.aborted === true ? options.signal.reason : error;
	} finally {
		options.signal?.removeEventListener('abort', stopWithCaller);
	}

	return withoutDuplicates(pages.flatMap((page) => page.items)).slice(0, wanted);
}

function withoutDuplicates<Item extends {readonly id: string}>(items: Item[]): Item[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		if (seen.has(item.id)) {
			return false;
		}

		seen.add(item.id);
		return true;
	});
}
