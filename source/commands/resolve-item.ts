import {UsageError, UserFacingError} from '../errors.js';
import type {CatalogClient} from '../spotify/catalog-client.js';
import type {Album, Artist} from '../spotify/schemas.js';
import {type ItemType, parseReference} from '../spotify/spotify-reference.js';
import type {CommandIo} from './command-io.js';

type Lookup = {readonly catalog: CatalogClient; readonly io: CommandIo};

/** The artist an argument names: by id, URI or link, else the best match for it as a name. */
export async function resolveArtist(argument: string, {catalog, io}: Lookup): Promise<Artist> {
	const id = expectedId(argument, 'artist', "`albums` lists an artist's albums");
	if (id !== undefined) {
		return catalog.artist(id);
	}

	const [best] = (await catalog.search('artist', argument, {limit: 1})).items;
	if (best === undefined) {
		throw new UserFacingError(
			`no artist matches "${argument}": try other words, or \`musicterminal search\`.`,
		);
	}

	io.stderr(`musicterminal: taking the best match, ${best.name} (${best.uri}).\n`);
	return best;
}

/** The album an argument names, with its first tracks; a name picks the best search match. */
export async function resolveAlbum(argument: string, {catalog, io}: Lookup): Promise<Album> {
	const id = expectedId(argument, 'album', "`tracks` lists an album's tracks");
	if (id !== undefined) {
		return catalog.album(id);
	}

	const [best] = (await catalog.search('album', argument, {limit: 1})).items;
	if (best === undefined) {
		throw new UserFacingError(
			`no album matches "${argument}": try other words, or \`musicterminal search\`.`,
		);
	}

	io.stderr(`musicterminal: taking the best match, ${best.name} (${best.uri}).\n`);
	return catalog.album(best.id);
}

/** A playable item's type and URI; words find the best matching track. */
export async function resolvePlayable(
	argument: string,
	{catalog, io}: Lookup,
): Promise<{type: ItemType; uri: string}> {
	const parsed = parseReference(argument);
	if (parsed.kind === 'reference') {
		return {type: parsed.type, uri: `spotify:${parsed.type}:${parsed.id}`};
	}

	if (parsed.kind === 'id') {
		throw new UsageError(
			`a bare id does not say whether it is a track, an album or an artist: give spotify:track:${parsed.id} (or album, artist), or an open.spotify.com link.`,
		);
	}

	const [best] = (await catalog.search('track', argument, {limit: 1})).items;
	if (best === undefined) {
		throw new UserFacingError(
			`no track matches "${argument}": try other words, or \`musicterminal search\`.`,
		);
	}

	io.stderr(
		`musicterminal: taking the best match, ${best.name} by ${best.artists.map((artist) => artist.name).join(', ')} (${best.uri}).\n`,
	);
	return {type: 'track', uri: best.uri};
}

/** The id in `argument` when it names a `type` (or is a bare id); undefined when it is words. */
function expectedId(argument: string, type: ItemType, purpose: string): string | undefined {
	const parsed = parseReference(argument);
	if (parsed.kind === 'text') {
		return undefined;
	}

	if (parsed.kind === 'reference' && parsed.type !== type) {
		throw new UsageError(`${purpose}, and ${argument} is ${article(parsed.type)} ${parsed.type}.`);
	}

	return parsed.id;
}

function article(type: ItemType): string {
	return type === 'album' || type === 'artist' || type === 'episode' ? 'an' : 'a';
}
