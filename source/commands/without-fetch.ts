/**
 * `load()` with the global fetch out of sight, then back. yoga-layout, Ink's layout engine, decodes
 * its WebAssembly through fetch when there is one, and on Node the first fetch loads undici: on
 * Node 24, 50 ms and 13 MB before the app's first frame. Without it, yoga decodes the same bytes
 * directly. musicterminal itself never uses fetch (got speaks HTTP on its own).
 */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor?.configurable !== true) {
		return load();
	}

	Reflect.deleteProperty(globalThis, 'fetch');
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
