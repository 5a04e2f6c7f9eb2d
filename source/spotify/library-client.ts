import pLimit from 'p-limit';
import type * as v from 'valibot';
import {listCeiling, pagesInFlight} from './catalog-client.js';
import {type CursorListing, collectCursorPages} from './collect-cursor-pages.js';
import {collectPages, type Listing} from './collect-pages.js';
import {
	containsSchema,
	currentUserSchema,
	followedArtistsSchema,
	type LikedTrack,
	type PlayedTrack,
	type Playlist,
	playHistoryPageSchema,
	playlistEntryPageSchema,
	playlistPageSchema,
	playlistSchema,
	type SavedAlbum,
	savedAlbumPageSchema,
	savedTrackPageSchema,
} from './library-schemas.js';
import type {Query} from './query.js';
import type {Artist, Page, PlayableItem} from './schemas.js';
import {
	LibraryNeedsLoginError,
	MissingScopeError,
	PlaylistItemsRefusedError,
	SpotifyApiError,
	UnexpectedResponseError,
} from './spotify-errors.js';
import type {WebApi} from './web-api.js';

/** `/me/tracks`, `/me/albums`, `/me/playlists`, a playlist's items and the cursor-paged lists: 50 a page. */
export const libraryPageSize = 50;
/** `PUT`, `DELETE` and `GET …/contains` on /me/library take at most 40 URIs each. */
export const urisPerLibraryRequest = 40;

type ReadOptions = {readonly signal?: AbortSignal | undefined};
type PageOptions = ReadOptions & {readonly offset: number; readonly limit?: number};
type ListOptions = ReadOptions & {
	readonly onProgress?: ((loaded: number, expected: number) => void) | undefined;
};

/** How the user holds a playlist: theirs, one they collaborate on, or one they follow. */
export type PlaylistRelation = 'owned' | 'collaborative' | 'followed';
export type LibraryPlaylist = Playlist & {readonly relation: PlaylistRelation};
/** An entry of a playlist with its position there (0-based), which play offsets use. */
export type PositionedEntry = {
	readonly position: number;
	readonly item: PlayableItem;
	readonly isLocal: boolean;
	readonly addedAt: string | null;
};

/**
 * The user's library: liked songs, saved albums, playlists and their items, recently played,
 * followed artists, and saving or removing items. Every call needs a login; nothing is kept
 * between calls, since the library changes.
 */
export class LibraryClient {
	readonly #api: WebApi;
	readonly #market: string | undefined;
	#me: Promise<string | null> | undefined;

	constructor(api: WebApi, {market}: {market: string | undefined}) {
		this.#api = api;
		this.#market = market ?? 'from_token';
	}

	async likedTracksPage({offset, limit = libraryPageSize, signal}: PageOptions): Promise<Page<LikedTrack>> {
		return this.#read('me/tracks', savedTrackPageSchema, {market: this.#market, limit, offset}, signal);
	}

	async likedTracks(options: ListOptions = {}): Promise<Listing<LikedTrack>> {
		return this.#all(
			(page) => this.likedTracksPage(page),
			(entry) => entry.track.uri,
			options,
		);
	}

	async savedAlbumsPage({offset, limit = libraryPageSize, signal}: PageOptions): Promise<Page<SavedAlbum>> {
		return this.#read('me/albums', savedAlbumPageSchema, {market: this.#market, limit, offset}, signal);
	}

	async savedAlbums(options: ListOptions = {}): Promise<Listing<SavedAlbum>> {
		return this.#all(
			(page) => this.savedAlbumsPage(page),
			(entry) => entry.album.uri,
			options,
		);
	}

	/** The user's playlists, each marked as theirs, collaborative or followed. */
	async playlistsPage({
		offset,
		limit = libraryPageSize,
		signal,
	}: PageOptions): Promise<Page<LibraryPlaylist>> {
		const [page, me] = await Promise.all([
			this.#read('me/playlists', playlistPageSchema, {limit, offset}, signal),
			this.#userId(signal),
		]);
		return {
			...page,
			items: page.items.map((playlist) => ({...playlist, relation: relationOf(playlist, me)})),
		};
	}

	async playlists(options: ListOptions = {}): Promise<Listing<LibraryPlaylist>> {
		return this.#all(
			(page) => this.playlistsPage(page),
			(playlist) => playlist.uri,
			options,
		);
	}

	/** A playlist's name, owner and size (readable for any playlist, unlike its items). */
	async playlist(id: string, {signal}: ReadOptions = {}): Promise<LibraryPlaylist> {
		const [playlist, me] = await Promise.all([
			this.#read(`playlists/${encodeURIComponent(id)}`, playlistSchema, {market: this.#market}, signal, {
				subject: `playlist ${id}`,
			}),
			this.#userId(signal),
		]);
		const found = playlist ?? {
			id,
			uri: `spotify:playlist:${id}`,
			name: '',
			description: null,
			collaborative: false,
			public: null,
			ownerId: null,
			ownerName: null,
			total: null,
		};
		return {...found, relation: relationOf(found, me)};
	}

	/**
	 * A page of a playlist's tracks and episodes with their positions; entries Spotify sends
	 * without an item are left out. A playlist the user only follows is refused (2026).
	 */
	async playlistItemsPage(
		id: string,
		{offset, limit = libraryPageSize, signal}: PageOptions,
	): Promise<Page<PositionedEntry>> {
		let page: v.InferOutput<typeof playlistEntryPageSchema>;
		try {
			page = await this.#read(
				`playlists/${encodeURIComponent(id)}/items`,
				playlistEntryPageSchema,
				{market: this.#market, limit, offset, additional_types: 'track,episode'},
				signal,
				{subject: `playlist ${id}`},
			);
		} catch (error) {
			if (error instanceof SpotifyApiError && error.status === 403 && !(error instanceof MissingScopeError)) {
				throw new PlaylistItemsRefusedError({uri: `spotify:playlist:${id}`}, error);
			}

			throw error;
		}

		// Positions count every entry sent, those without an item too.
		const items = page.items.flatMap((entry, index): PositionedEntry[] =>
			entry.item === null ? [] : [{position: offset + index, ...entry, item: entry.item}],
		);
		return {...page, items};
	}

	async playlistItems(id: string, options: ListOptions = {}): Promise<Listing<PositionedEntry>> {
		return this.#all(
			(page) => this.playlistItemsPage(id, page),
			(entry) => String(entry.position),
			options,
		);
	}

	/** One page of plays, newest first, before `before` (a cursor from the page before). */
	async recentlyPlayedPage({
		before,
		limit = libraryPageSize,
		signal,
	}: ReadOptions & {before?: string | undefined; limit?: number}) {
		return this.#read('me/player/recently-played', playHistoryPageSchema, {limit, before}, signal);
	}

	/** The plays Spotify keeps, newest first, following its cursors; `onPage` hears of each page. */
	async recentlyPlayed(
		options: ReadOptions & {onPage?: (items: readonly PlayedTrack[]) => void} = {},
	): Promise<CursorListing<PlayedTrack>> {
		return collectCursorPages({
			pageSize: libraryPageSize,
			ceiling: listCeiling,
			signal: options.signal,
			onPage: options.onPage,
			fetchPage: async (cursor, limit) => {
				const page = await this.recentlyPlayedPage({before: cursor, limit, signal: options.signal});
				return {items: page.items, sent: page.sent, cursor: page.next === null ? null : page.before};
			},
		});
	}

	/** The artists the user follows, in Spotify's order, following its cursors. */
	async followedArtists(
		options: ReadOptions & {onPage?: (items: readonly Artist[]) => void} = {},
	): Promise<CursorListing<Artist>> {
		return collectCursorPages({
			pageSize: libraryPageSize,
			ceiling: listCeiling,
			signal: options.signal,
			onPage: options.onPage,
			fetchPage: async (cursor, limit) => {
				const page = await this.#read(
					'me/following',
					followedArtistsSchema,
					{type: 'artist', limit, after: cursor},
					options.signal,
				);
				return {items: page.items, sent: page.sent, cursor: page.next === null ? null : page.after};
			},
		});
	}

	/** Whether each URI is in the library (saved, or followed for artists), asked 40 at a time. */
	async contains(uris: readonly string[], {signal}: ReadOptions = {}): Promise<boolean[]> {
		const limit = pLimit(pagesInFlight);
		const answers = await Promise.all(
			batches(uris).map(async (batch) =>
				limit(async () => {
					const answer = await this.#read(
						'me/library/contains',
						containsSchema,
						{uris: batch.join(',')},
						signal,
					);
					// An answer shorter than the question says nothing of the rest: not saved.
					return batch.map((_uri, index) => answer[index] === true);
				}),
			),
		);
		return answers.flat();
	}

	/** Saves tracks, albums, episodes, shows or playlists to the library, 40 at a time. */
	async save(uris: readonly string[], {signal}: ReadOptions = {}): Promise<void> {
		await this.#change('PUT', uris, signal);
	}

	async remove(uris: readonly string[], {signal}: ReadOptions = {}): Promise<void> {
		await this.#change('DELETE', uris, signal);
	}

	async #change(method: 'PUT' | 'DELETE', uris: readonly string[], signal: AbortSignal | undefined) {
		this.#requireLogin();
		for (const batch of batches(uris)) {
			await this.#api.request({method, path: 'me/library', query: {uris: batch.join(',')}, signal});
		}
	}

	/** The logged-in user's id, read once. */
	async #userId(signal: AbortSignal | undefined): Promise<string | null> {
		this.#me ??= this.#read('me', currentUserSchema, {}, undefined).then(
			(user) => user.id,
			(error: unknown) => {
				this.#me = undefined;
				throw error;
			},
		);
		signal?.throwIfAborted();
		return this.#me;
	}

	async #all<Item>(
		fetchPage: (page: {
			offset: number;
			limit: number;
			signal: AbortSignal | undefined;
		}) => Promise<Page<Item>>,
		keyOf: (item: Item) => string,
		{signal, onProgress}: ListOptions,
	): Promise<Listing<Item>> {
		const first = await fetchPage({offset: 0, limit: libraryPageSize, signal});
		return collectPages(first, {
			pageSize: libraryPageSize,
			ceiling: listCeiling,
			firstLimit: libraryPageSize,
			concurrency: pagesInFlight,
			keyOf,
			signal,
			onProgress,
			fetchPage: async (offset, limit, pageSignal) => fetchPage({offset, limit, signal: pageSignal}),
		});
	}

	async #read<Schema extends v.GenericSchema>(
		path: string,
		schema: Schema,
		query: Query,
		signal: AbortSignal | undefined,
		{subject}: {subject?: string} = {},
	): Promise<v.InferOutput<Schema>> {
		this.#requireLogin();
		const answer = await this.#api.request({method: 'GET', path, query, schema, subject, signal});
		if (answer === undefined) {
			throw new UnexpectedResponseError(
				`the Web API at ${this.#api.baseUrl} answered GET /${path} with no content, where Spotify sends a result: check api_url in ${this.#api.configName}.`,
			);
		}

		return answer;
	}

	#requireLogin(): void {
		if (this.#api.tokenKind === 'app') {
			throw new LibraryNeedsLoginError(this.#api.configName);
		}
	}
}

function relationOf(playlist: Playlist, me: string | null): PlaylistRelation {
	if (me !== null && playlist.ownerId === me) {
		return 'owned';
	}

	return playlist.collaborative ? 'collaborative' : 'followed';
}

function batches(uris: readonly string[]): string[][] {
	const result: string[][] = [];
	for (let start = 0; start < uris.length; start += urisPerLibraryRequest) {
		result.push(uris.slice(start, start + urisPerLibraryRequest));
	}

	return result;
}
