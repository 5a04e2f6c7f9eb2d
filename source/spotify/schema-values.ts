import * as v from 'valibot';

// Lenient readers of single values. The Web API description marks most fields optional, many
// nullable, and types its enumerations as plain text; Spotify also sends null where it says it
// never would (local files). So an absent or null value reads as a neutral one, a number outside
// its range is brought into it, and only a value of the wrong type is an error.

/** Text that may be absent or null: '' then. */
export const text = v.nullish(v.string(), '');

/** Text that may be absent, null or empty: null then. */
export const maybeText = v.pipe(
	v.nullish(v.string(), null),
	v.transform((value) => (value === '' ? null : value)),
);

export const flag = (fallback: boolean) => v.nullish(v.boolean(), fallback);

/** A whole number from 0 up (huge ones kept, negative ones 0), or null when absent. */
export const maybeCount = v.pipe(v.nullish(v.number(), null), v.transform(toCount));

/** A whole number from 0 up; `fallback` when absent. */
export const count = (fallback: number) =>
	v.pipe(
		v.nullish(v.number(), null),
		v.transform((value) => toCount(value) ?? fallback),
	);

/** A whole number from 0 up that must be there: a paging object's `total`. */
export const requiredCount = v.pipe(
	v.number(),
	v.transform((value) => toCount(value) ?? 0),
);

/** A list that may be absent or null (empty then) and may hold nulls, which are dropped. */
export function list<Item extends v.GenericSchema>(item: Item) {
	return v.pipe(
		v.nullish(v.array(v.nullable(item)), []),
		v.transform((items) => items.filter((entry): entry is v.InferOutput<Item> => entry !== null)),
	);
}

function toCount(value: number | null): number | null {
	if (value === null || Number.isNaN(value)) {
		return null;
	}

	return Math.floor(Math.min(Math.max(value, 0), Number.MAX_SAFE_INTEGER));
}

export type ItemType = 'artist' | 'album' | 'track';

type WithIdentity = {readonly id: string | null; readonly uri: string | null};

/** An item whose id and URI are both known. */
export type Identified<Item extends WithIdentity> = Omit<Item, 'id' | 'uri'> & {
	readonly id: string;
	readonly uri: string;
};

/**
 * An item with an id and a URI, each taken from the other when one is missing (or from
 * `fallbackId`, the id that was asked for); null when both are, since such an item can be neither
 * opened nor played.
 */
export function identified<Item extends WithIdentity>(
	item: Item,
	type: ItemType,
	fallbackId: string,
): Identified<Item>;
export function identified<Item extends WithIdentity>(item: Item, type: ItemType): Identified<Item> | null;
export function identified<Item extends WithIdentity>(
	item: Item,
	type: ItemType,
	fallbackId?: string,
): Identified<Item> | null {
	const id = usable(item.id) ?? idFromUri(item.uri, type) ?? fallbackId ?? null;
	if (id === null) {
		return null;
	}

	return {...item, id, uri: item.uri ?? `spotify:${type}:${id}`};
}

function idFromUri(uri: string | null, type: ItemType): string | undefined {
	const prefix = `spotify:${type}:`;
	return uri?.startsWith(prefix) === true ? usable(uri.slice(prefix.length)) : undefined;
}

/** An id that can name something in a request's path: not empty, and not `.` or `..`. */
function usable(id: string | null): string | undefined {
	return id === null || /^\.{0,2}$/.test(id) ? undefined : id;
}
