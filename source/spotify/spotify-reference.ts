export const itemTypes = ['artist', 'album', 'track', 'playlist', 'show', 'episode'] as const;
export type ItemType = (typeof itemTypes)[number];

/** What a user typed to name a Spotify item: a typed reference, a bare id, a broken link, or words. */
export type ParsedReference =
	| {readonly kind: 'reference'; readonly type: ItemType; readonly id: string}
	| {readonly kind: 'id'; readonly id: string}
	/** Meant as a URI or link, but not a valid one; `problem` says what is wrong with it. */
	| {readonly kind: 'invalid'; readonly problem: string}
	| {readonly kind: 'text'; readonly text: string};

const base62Id = /^[\dA-Za-z]{22}$/;
const exampleId = '6dVIqQ8qmQ5GBnJ9shOYGE';
const spotifyHosts = new Set(['open.spotify.com', 'play.spotify.com']);

/**
 * Reads `spotify:album:ID` (and the old `spotify:user:NAME:playlist:ID`),
 * `https://open.spotify.com/album/ID?si=...` (also with `/intl-xx/` and without the scheme) and a
 * bare 22-character id. Text that starts like a URI or a web address but is not a Spotify one is
 * invalid; anything else is words to search for.
 */
export function parseReference(input: string): ParsedReference {
	const text = input.trim();
	if (base62Id.test(text)) {
		return {kind: 'id', id: text};
	}

	// Neither URIs nor links hold spaces: such text is words, even if it starts like one.
	if (/\s/.test(text)) {
		return {kind: 'text', text};
	}

	if (/^spotify:/i.test(text)) {
		return parseUri(text);
	}

	const address = webAddress(text);
	if (address === 'unreadable') {
		return {kind: 'invalid', problem: 'it is not a web address that can be read'};
	}

	return address === undefined ? {kind: 'text', text} : parseLink(address);
}

export function spotifyUri(type: ItemType, id: string): string {
	return `spotify:${type}:${id}`;
}

export function isItemType(type: string | undefined): type is ItemType {
	return (itemTypes as readonly (string | undefined)[]).includes(type);
}

function parseUri(text: string): ParsedReference {
	const parts = text.split(':');
	// spotify:user:NAME:playlist:ID, as Spotify wrote playlist URIs until 2018.
	const oldPlaylist = parts.length === 5 && parts[1]?.toLowerCase() === 'user';
	const [type, id] = oldPlaylist ? parts.slice(3) : parts.slice(1);
	const shape = `a Spotify URI is spotify:TYPE:ID, such as spotify:album:${exampleId}`;
	if (parts.length !== 3 && !oldPlaylist) {
		return {kind: 'invalid', problem: shape};
	}

	return typedOrInvalid(type?.toLowerCase(), id, shape);
}

function parseLink(url: URL): ParsedReference {
	if (url.hostname === 'spotify.link') {
		return {
			kind: 'invalid',
			problem:
				'spotify.link addresses are short links to follow in a browser: open it, then give the open.spotify.com address it leads to',
		};
	}

	if (!spotifyHosts.has(url.hostname)) {
		return {
			kind: 'invalid',
			problem: `it leads to ${url.hostname}, not to open.spotify.com`,
		};
	}

	// Past /intl-de/ and /embed/, which name no item.
	const [type, id] = url.pathname
		.split('/')
		.filter((part) => part !== '' && part !== 'embed' && !/^intl-[a-z]{2}(?:-[a-z]+)?$/i.test(part));
	return typedOrInvalid(
		type?.toLowerCase(),
		id,
		`a Spotify link is https://open.spotify.com/TYPE/ID, such as https://open.spotify.com/album/${exampleId}`,
	);
}

function typedOrInvalid(type: string | undefined, id: string | undefined, shape: string): ParsedReference {
	if (type === undefined || type === '' || id === undefined || id === '') {
		return {kind: 'invalid', problem: `it names no item; ${shape}`};
	}

	if (!isItemType(type)) {
		return {
			kind: 'invalid',
			problem: `${type} is not a kind of item musicterminal plays or lists (${itemTypes.join(', ')})`,
		};
	}

	if (!base62Id.test(id)) {
		return {
			kind: 'invalid',
			problem: `its id is not a Spotify id, which is 22 letters and digits, such as ${exampleId}`,
		};
	}

	return {kind: 'reference', type, id};
}

/** `text` as a web address when it is written as one: with a scheme, or a Spotify host without one. */
function webAddress(text: string): URL | 'unreadable' | undefined {
	if (/^[a-z][\d+.a-z-]*:\/\//i.test(text)) {
		return URL.canParse(text) ? new URL(text) : 'unreadable';
	}

	if (/^(?:(?:open|play)\.spotify\.com|spotify\.link)(?:[/?#]|$)/i.test(text)) {
		return new URL(`https://${text}`);
	}

	return undefined;
}
