import type {PagingJson} from '../catalog/json-types.js';
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

/** One page of `items` with Spotify's paging links, built on the request's own URL. */
export function pageOf<Item, Json>(
	items: readonly Item[],
	page: PageRequest,
	url: URL,
	toJson: (item: Item) => Json,
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
		total: items.length,
	};
}

function readInteger(text: string | null, fallback: number): number | undefined {
	if (text === null) {
		return fallback;
	}

	return /^-?\d+$/.test(text) ? Number(text) : undefined;
}
