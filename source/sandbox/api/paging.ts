import type {PagingJson} from '../catalog/json-types.js';
import type {PageTotals} from '../controls.js';
import {apiError, type Reply} from '../http/reply.js';

export type PageRequest = {readonly limit: number; readonly offset: number};

export type PageLimits = {
	readonly defaultLimit: number;
	readonly maxLimit: number;
	/** Largest offset accepted; unbounded when absent. */
	readonly maxOffset?: number;
};

/** `limit` and `offset` from the query, or Spotify's 400 for values outside the endpoint's range. */
export function readPageRequest(url: URL, limits: PageLimits): PageRequest | Reply {
	const limit = readInteger(url.searchParams.get('limit'), limits.defaultLimit);
	if (limit === undefined || limit < 1 || limit > limits.maxLimit) {
		return apiError(400, 'Invalid limit');
	}

	const offset = readInteger(url.searchParams.get('offset'), 0);
	if (offset === undefined || offset < 0 || offset > (limits.maxOffset ?? Number.POSITIVE_INFINITY)) {
		return apiError(400, 'Invalid offset');
	}

	return {limit, offset};
}

/**
 * One page of `items` with Spotify's paging links, built on the request's own URL; `totals` says
 * whether `total` tells the truth.
 */
export function pageOf<Item, Json>(
	items: readonly Item[],
	page: PageRequest,
	url: URL,
	toJson: (item: Item) => Json,
	totals: PageTotals = 'exact',
): PagingJson<Json> {
	const linkAt = (offset: number) => {
		const link = new URL(url);
		link.searchParams.set('offset', String(offset));
		link.searchParams.set('limit', String(page.limit));
		return link.href;
	};

	const end = page.offset + page.limit;
	return {
		href: linkAt(page.offset),
		items: items.slice(page.offset, end).map(toJson),
		limit: page.limit,
		next: end < items.length ? linkAt(end) : null,
		offset: page.offset,
		previous: page.offset > 0 ? linkAt(Math.max(0, page.offset - page.limit)) : null,
		total: reportedTotal(items.length, totals),
	};
}

function reportedTotal(count: number, totals: PageTotals): number {
	switch (totals) {
		case 'exact': {
			return count;
		}

		case 'more': {
			return count * 3 + 7;
		}

		case 'fewer': {
			return Math.floor(count / 3);
		}
	}
}

function readInteger(text: string | null, fallback: number): number | undefined {
	if (text === null) {
		return fallback;
	}

	return /^-?\d+$/.test(text) ? Number(text) : undefined;
}
