import * as v from 'valibot';
import {collectPages, type Listing} from './collect-pages.js';
import {type Playlist, playlistPageSchema} from './library-schemas.js';
import {definedEntries, type Query} from './query.js';
import {identified} from './schema-values.js';
import {
	type Album,
	type Artist,
	albumAnswerSchema,
	artistAnswerSchema,
	artistPageSchema,
	type Page,
	type SimplifiedAlbum,
	type SimplifiedTrack,
	simplifiedAlbumPageSchema,
	simplifiedTrackPageSchema,
	type Track,
	trackPageSchema,
} from './schemas.js';
import {SharedReads} from './shared-reads.js';
import {UnexpectedResponseError} from './spotify-errors.js';
import type {WebApi} from './web-api.js';

// Development Mode's limits (SPOTIFY.md): larger pages are refused with 400 "Invalid limit".
export const searchPageSize = 10;
export const artistAlbumsPageSize = 10;
export const albumTracksPageSize = 50;
export const pagesInFlight = 4;
/** Search cannot page past this offset (400 "Invalid offset"), so it reaches 1,010 results at most. */
export const searchMaxOffset = 1000;
/**
 * The most items of one list (an artist's albums, an album's tracks, and lists to come) read into
 * memory, whatever its `total` says: 2,000 is more than any real discography or album has, and a
 * few megabytes at most.
 */
export const listCeiling = 2000;

export type SearchType = 'artist' | 'album' | 'track' | 'playlist';
export type SearchItem<Type extends SearchType> = {
	artist: Artist;
	album: SimplifiedAlbum;
	track: Track;
	playlist: Playlist;
}[Type];

export const defaultAlbumGroups = ['album', 'single', 'compilation'] as const;
export type AlbumGroup = 'album' | 'single' | 'compilation' | 'appears_on';

type ReadOptions = {readonly signal?: AbortSignal | undefined};
type ListOptions = ReadOptions & {
	/** Told after each page: the items loaded so far, and how many are expected (up to the ceiling). */
	readonly onProgress?: ((loaded: number, expected: number) => void) | undefined;
};

const byUri = (item: {readonly uri: string}) => item.uri;

// A search answer has one page per type asked for; the description makes each optional, so a
// missing one is no results.
const noResults = {items: [], limit: null, next: null, offset: 0, total: 0, sent: 0};
const searchAnswerSchemas = {
	artist: v.pipe(
		v.object({artists: v.nullish(artistPageSchema, noResults)}),
		v.transform((answer) => answer.artists),
	),
	album: v.pipe(
		v.object({albums: v.nullish(simplifiedAlbumPageSchema, noResults)}),
		v.transform((answer) => answer.albums),
	),
	track: v.pipe(
		v.object({tracks: v.nullish(trackPageSchema, noResults)}),
		v.transform((answer) => answer.tracks),
	),
	playlist: v.pipe(
		v.object({playlists: v.nullish(playlistPageSchema, noResults)}),
		v.transform((answer) => answer.playlists),
	),
};

/**
 * Catalog reads: search a page at a time, all of an artist's albums, all of an album's tracks.
 * Answers are kept for the session and identical reads in flight share one request.
 */
export class CatalogClient {
	readonly #api: WebApi;
	readonly #market: string | undefined;
	readonly #reads = new SharedReads();

	constructor(api: WebApi, {market}: {market: string | undefined}) {
		this.#api = api;
		// A user token carries its country; an app token has none, so the config's market stands in.
		this.#market = market ?? (api.tokenKind === 'user' ? 'from_token' : undefined);
	}

	/** Requests that are running now, shared or not; 0 once every caller has its answer or gave up. */
	get readsInFlight(): number {
		return this.#reads.inFlight;
	}

	async search<Type extends SearchType>(
		type: Type,
		query: string,
		{offset = 0, limit = searchPageSize, signal}: ReadOptions & {offset?: number; limit?: number} = {},
	): Promise<Page<SearchItem<Type>>> {
		if (offset > searchMaxOffset) {
			// Spotify refuses these; past the cap the list simply ends.
			return {items: [], limit, next: null, offset, total: offset, sent: 0};
		}

		const page = await this.#read({
			path: 'search',
			query: {q: query, type, market: this.#market, limit: Math.min(limit, searchPageSize), offset},
			schema: searchAnswerSchemas[type],
			signal,
		});
		return page as Page<SearchItem<Type>>;
	}

	/**
	 * Up to `upTo` results (at most the 1,010 search reaches), fetched as several pages at once when
	 * more than one page is needed; `capped` when more match.
	 */
	async searchMany<Type extends SearchType>(
		type: Type,
		query: string,
		{upTo, signal}: ReadOptions & {upTo: number},
	): Promise<Listing<SearchItem<Type>>> {
		const firstLimit = Math.min(upTo, searchPageSize);
		const first = await this.search(type, query, {limit: firstLimit, signal});
		return collectPages<SearchItem<Type>>(first, {
			pageSize: searchPageSize,
			ceiling: Math.min(upTo, searchMaxOffset + searchPageSize),
			firstLimit,
			concurrency: pagesInFlight,
			keyOf: byUri,
			signal,
			fetchPage: async (offset, limit, pageSignal) =>
				this.search(type, query, {offset, limit, signal: pageSignal}),
		});
	}

	async artist(id: string, {signal}: ReadOptions = {}): Promise<Artist> {
		return this.#read({
			path: `artists/${pathSegment(id)}`,
			schema: v.pipe(
				artistAnswerSchema,
				v.transform((artist) => identified(artist, 'artist', id)),
			),
			subject: `artist ${id}`,
			signal,
		});
	}

	/** An artist's albums, in Spotify's order, without duplicates, up to the list ceiling. */
	async artistAlbums(
		artistId: string,
		{groups = defaultAlbumGroups, signal, onProgress}: ListOptions & {groups?: readonly AlbumGroup[]} = {},
	): Promise<Listing<SimplifiedAlbum>> {
		const page = async (offset: number, limit: number, pageSignal: AbortSignal | undefined) =>
			this.artistAlbumsPage(artistId, {groups, offset, limit, signal: pageSignal});
		const first = await page(0, artistAlbumsPageSize, signal);
		return collectPages(first, {
			pageSize: artistAlbumsPageSize,
			ceiling: listCeiling,
			firstLimit: artistAlbumsPageSize,
			concurrency: pagesInFlight,
			keyOf: byUri,
			signal,
			onProgress,
			fetchPage: page,
		});
	}

	/** The album, with its first page of tracks. */
	async album(id: string, {signal}: ReadOptions = {}): Promise<Album> {
		return this.#read({
			path: `albums/${pathSegment(id)}`,
			query: {market: this.#market},
			schema: v.pipe(
				albumAnswerSchema,
				v.transform((album) => identified(album, 'album', id)),
			),
			subject: `album ${id}`,
			signal,
		});
	}

	/** An album's tracks: its own first page, then the rest in pages of 50, up to the list ceiling. */
	async albumTracks(album: Album, {signal, onProgress}: ListOptions = {}): Promise<Listing<SimplifiedTrack>> {
		return collectPages(album.tracks, {
			pageSize: albumTracksPageSize,
			ceiling: listCeiling,
			concurrency: pagesInFlight,
			keyOf: byUri,
			signal,
			onProgress,
			fetchPage: async (offset, limit, pageSignal) =>
				this.albumTracksPage(album.id, {offset, limit, signal: pageSignal}),
		});
	}

	/** One page of an artist's albums, for lists that show pages as they come. */
	async artistAlbumsPage(
		artistId: string,
		{
			groups = defaultAlbumGroups,
			offset,
			limit = artistAlbumsPageSize,
			signal,
		}: ReadOptions & {groups?: readonly AlbumGroup[]; offset: number; limit?: number},
	): Promise<Page<SimplifiedAlbum>> {
		return this.#read({
			path: `artists/${pathSegment(artistId)}/albums`,
			query: {include_groups: groups.join(','), market: this.#market, limit, offset},
			schema: simplifiedAlbumPageSchema,
			subject: `artist ${artistId}`,
			signal,
		});
	}

	/** One page of an album's tracks, for lists that show pages as they come. */
	async albumTracksPage(
		albumId: string,
		{offset, limit = albumTracksPageSize, signal}: ReadOptions & {offset: number; limit?: number},
	): Promise<Page<SimplifiedTrack>> {
		return this.#read({
			path: `albums/${pathSegment(albumId)}/tracks`,
			query: {market: this.#market, limit, offset},
			schema: simplifiedTrackPageSchema,
			subject: `album ${albumId}`,
			signal,
		});
	}

	async #read<Schema extends v.GenericSchema>(request: {
		path: string;
		query?: Query;
		schema: Schema;
		subject?: string;
		signal: AbortSignal | undefined;
	}): Promise<v.InferOutput<Schema>> {
		const key = `${request.path}?${new URLSearchParams(definedEntries(request.query)).toString()}`;
		return this.#reads.read(
			key,
			async (signal) => {
				const answer = await this.#api.request({...request, method: 'GET', signal});
				if (answer === undefined) {
					throw new UnexpectedResponseError(
						`the Web API at ${this.#api.baseUrl} answered GET /${request.path} with no content, where Spotify sends a result: check api_url in ${this.#api.configName}.`,
					);
				}

				return answer;
			},
			{signal: request.signal, keep: true},
		);
	}
}

/**
 * An id as one segment of a request's path. Ids come from answers too (a search's best match), and
 * Spotify's are base62, but one with `/`, `?` or `#` must not lead a request elsewhere (ids of dots
 * alone never get here: see `identified`).
 */
function pathSegment(id: string): string {
	return encodeURIComponent(id);
}
