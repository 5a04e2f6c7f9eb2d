export const itemTypes = ['artist', 'album', 'track', 'playlist', 'show', 'episode'] as const;
export type ItemType = (typeof itemTypes)[number];

/** What a user typed to name a Spotify item: a typed reference, a bare id, or neither. */
export type ParsedReference =
	| {readonly kind: 'reference'; readonly type: ItemType; readonly id: string}
	| {readonly kind: 'id'; readonly id: string}
	| {readonly kind: 'text'; readonly text: string};

const base62Id = /^[\dA-Za-z]{22}$/;

/**
 * Reads `spotify:album:ID`, `https://open.spotify.com/album/ID?si=...` (also with `/intl-xx/`
 * and without the scheme) and a bare 22-character id; anything else is text to search for.
 */
export function parseReference(input: string): ParsedReference {
	const text = input.trim();
	if (base62Id.test(text)) {
		return {kind: 'id', id: text};
	}

	const uri = /^spotify:([a-z]+):([\dA-Za-z]{22})$/.exec(text);
	if (uri !== null) {
		return typed(uri[1], uri[2]) ?? {kind: 'text', text};
	}

	const link =
		/^(?:https?:\/\/)?open\.spotify\.com\/(?:intl-[a-z]{2}(?:-[a-z]+)?\/)?([a-z]+)\/([\dA-Za-z]{22})(?:[/?#].*)?$/i.exec(
			text,
		);
	if (link !== null) {
		return typed(link[1]?.toLowerCase(), link[2]) ?? {kind: 'text', text};
	}

	return {kind: 'text', text};
}

export function spotifyUri(type: ItemType, id: string): string {
	return `spotify:${type}:${id}`;
}

function typed(type: string | undefined, id: string | undefined): ParsedReference | undefined {
	if (id === undefined || !isItemType(type)) {
		return undefined;
	}

	return {kind: 'reference', type, id};
}

function isItemType(type: string | undefined): type is ItemType {
	return (itemTypes as readonly (string | undefined)[]).includes(type);
}
