import {UsageError, UserFacingError} from '../errors.js';
import {excerpt, quoted} from '../format/terminal-text.js';
import type {CatalogClient, SearchType} from '../spotify/catalog-client.js';
import type {Album, Artist} from '../spotify/schemas.js';
import {
	type ItemType,
	itemTypes,
	type ParsedReference,
	parseReference,
} from '../spotify/spotify-reference.js';
import type {CommandIo} from './command-io.js';

type Lookup = {readonly catalog: CatalogClient; readonly io: CommandIo};

const naming = 'an id, a spotify: URI, an open.spotify.com link, or words to search for';

/** The artist an argument names: by id, URI or link, else the best match for it as a name. */
export async function resolveArtist(argument: string, {catalog, io}: Lookup): Promise<Artist> {
	const id = expectedId(argument, 'artist', "`albums` lists an artist's albums");
	if (id !== undefined) {
		return catalog.artist(id);
	}

	const best = await bestMatch(catalog, 'artist', argument);
	io.stderr(`musicterminal: taking the best match, ${excerpt(best.name)} (${best.uri}).\n`);
	return best;
}

/** The album an argument names, with its first tracks; a name picks the best search match. */
export async function resolveAlbum(argument: string, {catalog, io}: Lookup): Promise<Album> {
	const id = expectedId(argument, 'album', "`tracks` lists an album's tracks");
	if (id !== undefined) {
		return catalog.album(id);
	}

	const best = await bestMatch(catalog, 'album', argument);
	io.stderr(`musicterminal: taking the best match, ${describe(best)} (${best.uri}).\n`);
	return catalog.album(best.id);
}

/**
 * A playable item's type and URI. A bare id needs `type`; words find the best matching track, or
 * album or artist when `type` says so.
 */
export async function resolvePlayable(
	argument: string,
	{catalog, io, type}: Lookup & {readonly type?: ItemType | undefined},
): Promise<{type: ItemType; uri: string}> {
	if (argument.trim() === '') {
		throw new UsageError(
			'name what to play: a spotify: URI, an open.spotify.com link, an id with --type, or words to search for; or nothing, to resume.',
		);
	}

	const parsed = parseReference(argument);
	switch (parsed.kind) {
		case 'invalid': {
			throw invalidReference(argument, parsed);
		}

		case 'reference': {
			if (type !== undefined && type !== parsed.type) {
				throw new UsageError(
					`--type ${type} does not fit ${quoted(argument)}, which is ${article(parsed.type)} ${parsed.type}: leave --type out.`,
				);
			}

			return {type: parsed.type, uri: `spotify:${parsed.type}:${parsed.id}`};
		}

		case 'id': {
			if (type === undefined) {
				throw new UsageError(
					`a bare id does not say what it is: add --type track (or ${itemTypes.filter((name) => name !== 'track').join(', ')}), or give a spotify: URI or an open.spotify.com link.`,
				);
			}

			return {type, uri: `spotify:${type}:${parsed.id}`};
		}

		case 'text': {
			const searchType = type ?? 'track';
			if (!isSearchType(searchType)) {
				throw new UsageError(
					`words find a track, an album or an artist, not ${article(searchType)} ${searchType}: give the ${searchType}'s spotify: URI or open.spotify.com link.`,
				);
			}

			const best = await bestMatch(catalog, searchType, argument);
			io.stderr(`musicterminal: taking the best match, ${describe(best)} (${best.uri}).\n`);
			return {type: searchType, uri: best.uri};
		}
	}
}

async function bestMatch<Type extends SearchType>(catalog: CatalogClient, type: Type, words: string) {
	const [best] = (await catalog.search(type, words, {limit: 1})).items;
	if (best === undefined) {
		throw new UserFacingError(
			`no ${type} matches ${quoted(words)}: try other words, or \`musicterminal search\`.`,
		);
	}

	return best;
}

/** "Name by Artist, Artist" for albums and tracks, the name alone for artists. */
function describe(item: {readonly name: string; readonly artists?: ReadonlyArray<{readonly name: string}>}) {
	const artists = item.artists?.map((artist) => artist.name).join(', ');
	return excerpt(artists === undefined || artists === '' ? item.name : `${item.name} by ${artists}`);
}

/** The id in `argument` when it names a `type` (or is a bare id); undefined when it is words. */
function expectedId(argument: string, type: ItemType, purpose: string): string | undefined {
	if (argument.trim() === '') {
		throw new UsageError(`name the ${type}: ${naming}.`);
	}

	const parsed = parseReference(argument);
	switch (parsed.kind) {
		case 'text': {
			return undefined;
		}

		case 'invalid': {
			throw invalidReference(argument, parsed);
		}

		case 'reference': {
			if (parsed.type !== type) {
				throw new UsageError(
					`${purpose}, and ${quoted(argument)} is ${article(parsed.type)} ${parsed.type}.`,
				);
			}

			return parsed.id;
		}

		case 'id': {
			return parsed.id;
		}
	}
}

function invalidReference(argument: string, {problem}: Extract<ParsedReference, {kind: 'invalid'}>) {
	const what = /^spotify:/i.test(argument.trim()) ? 'URI' : 'link';
	return new UsageError(`${quoted(argument)} is not a valid Spotify ${what}: ${problem}.`);
}

function isSearchType(type: ItemType): type is SearchType {
	return type === 'track' || type === 'album' || type === 'artist';
}

function article(type: ItemType): string {
	return type === 'album' || type === 'artist' || type === 'episode' ? 'an' : 'a';
}
