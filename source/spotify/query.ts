export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** The query's parameters that have a value, as strings; undefined ones are left out. */
export function definedEntries(query: Query | undefined): Record<string, string> {
	const entries: Record<string, string> = {};
	for (const [name, value] of Object.entries(query ?? {})) {
		if (value !== undefined) {
			entries[name] = String(value);
		}
	}

	return entries;
}
