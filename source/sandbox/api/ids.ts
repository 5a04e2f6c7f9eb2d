const base62Id = /^[0-9A-Za-z]{22}$/;

export function isBase62Id(value: string): boolean {
	return base62Id.test(value);
}

/** The id inside `spotify:{type}:{id}`, or undefined when the URI is not of that type. */
export function idFromUri(uri: string, type: string): string | undefined {
	const [scheme, kind, id, ...rest] = uri.split(':');
	return scheme === 'spotify' && kind === type && id !== undefined && rest.length === 0 && isBase62Id(id)
		? id
		: undefined;
}
