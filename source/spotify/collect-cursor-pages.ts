/** One page of a cursor-paged list, and where the next one starts (null: none). */
export type CursorPage<Item> = {
	readonly items: readonly Item[];
	/** How many entries the answer held, unusable ones included. */
	readonly sent: number;
	readonly cursor: string | null;
};

export type CursorListing<Item> = {
	readonly items: Item[];
	/** True when the list was cut at the ceiling while Spotify had more. */
	readonly capped: boolean;
};

/**
 * Every item of a cursor-paged list (followed artists, recently played), a page after another as
 * each names the next: an empty or short page, or one without a cursor, ends it, and nothing is
 * asked for beyond `ceiling` items. A cursor that comes back again ends it too, so a server that
 * loops cannot keep the client asking.
 */
export async function collectCursorPages<Item>(options: {
	readonly pageSize: number;
	readonly ceiling: number;
	readonly fetchPage: (cursor: string | undefined, limit: number) => Promise<CursorPage<Item>>;
	readonly onPage?: ((items: readonly Item[]) => void) | undefined;
	readonly signal?: AbortSignal | undefined;
}): Promise<CursorListing<Item>> {
	const items: Item[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	for (;;) {
		options.signal?.throwIfAborted();
		const limit = Math.min(options.pageSize, options.ceiling - items.length);
		const page = await options.fetchPage(cursor, limit);
		items.push(...page.items.slice(0, options.ceiling - items.length));
		options.onPage?.(items);
		const next = page.cursor;
		if (page.sent < limit || next === null || seen.has(next)) {
			return {items, capped: false};
		}

		if (items.length >= options.ceiling) {
			return {items, capped: true};
		}

		seen.add(next);
		cursor = next;
	}
}
