import {generateCatalog} from './generate.js';
import {
	matchesNothing,
	normalizeForSearch,
	parseQuery,
	type SearchDocument,
	searchDocuments,
} from './search.js';
import type {
	AlbumGroup,
	ArtistAlbumEntry,
	CatalogAlbum,
	CatalogArtist,
	CatalogData,
	CatalogEpisode,
	CatalogHighlights,
	CatalogShow,
	CatalogTrack,
	SearchType,
} from './types.js';

const keptGeneratedCatalogs = 4;
const generatedCatalogs = new Map<number, Catalog>();
const groupOrder: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

/** The sandbox's music: lookups by id, discographies in Spotify's order, and search. */
export class Catalog {
	/** A catalog never changes once built, so sandboxes started with the same seed share one. */
	static generate(seed: number): Catalog {
		let catalog = generatedCatalogs.get(seed);
		if (catalog === undefined) {
			catalog = new Catalog(generateCatalog(seed));
			generatedCatalogs.set(seed, catalog);
			forgetOldestBeyond(generatedCatalogs, keptGeneratedCatalogs);
		}

		return catalog;
	}

	readonly artists: readonly CatalogArtist[];
	readonly albums: readonly CatalogAlbum[];
	readonly tracks: readonly CatalogTrack[];
	readonly shows: readonly CatalogShow[];
	readonly episodes: readonly CatalogEpisode[];
	readonly highlights: CatalogHighlights;
	readonly #artistsById: ReadonlyMap<string, CatalogArtist>;
	readonly #albumsById: ReadonlyMap<string, CatalogAlbum>;
	readonly #tracksById: ReadonlyMap<string, CatalogTrack>;
	readonly #showsById: ReadonlyMap<string, CatalogShow>;
	readonly #episodesById: ReadonlyMap<string, CatalogEpisode>;
	readonly #discographies: ReadonlyMap<string, readonly ArtistAlbumEntry[]>;
	readonly #normalizedNames = new Map<string, string>();
	readonly #artistNamesByIds = new Map<string, string>();
	#artistDocuments: readonly SearchDocument<CatalogArtist>[] | undefined;
	#albumDocuments: readonly SearchDocument<CatalogAlbum>[] | undefined;
	#trackDocuments: readonly SearchDocument<CatalogTrack>[] | undefined;

	constructor(data: CatalogData) {
		this.artists = data.artists;
		this.albums = data.albums;
		this.tracks = data.tracks;
		this.shows = data.shows;
		this.episodes = data.episodes;
		this.highlights = data.highlights;
		this.#artistsById = byId(data.artists);
		this.#albumsById = byId(data.albums);
		this.#tracksById = byId(data.tracks);
		this.#showsById = byId(data.shows);
		this.#episodesById = byId(data.episodes);
		this.#discographies = discographies(data.albums);
	}

	artist(id: string): CatalogArtist | undefined {
		return this.#artistsById.get(id);
	}

	album(id: string): CatalogAlbum | undefined {
		return this.#albumsById.get(id);
	}

	track(id: string): CatalogTrack | undefined {
		return this.#tracksById.get(id);
	}

	show(id: string): CatalogShow | undefined {
		return this.#showsById.get(id);
	}

	episode(id: string): CatalogEpisode | undefined {
		return this.#episodesById.get(id);
	}

	/** The show's episodes, newest first. */
	showEpisodes(showId: string): CatalogEpisode[] {
		return existing(this.#showsById.get(showId)?.episodeIds ?? [], this.#episodesById);
	}

	/** The artist's albums in the given groups: grouped album, single, compilation, appears_on; newest first. */
	artistAlbums(artistId: string, groups: readonly AlbumGroup[]): ArtistAlbumEntry[] {
		const entries = this.#discographies.get(artistId) ?? [];
		return entries.filter((entry) => groups.includes(entry.group));
	}

	/** The album's tracks by disc, then track number. */
	albumTracks(albumId: string): CatalogTrack[] {
		const trackIds = this.#albumsById.get(albumId)?.trackIds ?? [];
		return existing(trackIds, this.#tracksById).sort(
			(a, b) => a.discNumber - b.discNumber || a.trackNumber - b.trackNumber,
		);
	}

	/** What playing the artist plays: the tracks of its own albums (not singles), in discography order. */
	artistTracks(artistId: string): CatalogTrack[] {
		return this.artistAlbums(artistId, ['album']).flatMap((entry) => this.albumTracks(entry.album.id));
	}

	/** Every match of `query`, best first; the caller pages them. */
	search(query: string, type: 'artist'): CatalogArtist[];
	search(query: string, type: 'album'): CatalogAlbum[];
	search(query: string, type: 'track'): CatalogTrack[];
	search(query: string, type: SearchType): CatalogArtist[] | CatalogAlbum[] | CatalogTrack[];
	search(query: string, type: SearchType): CatalogArtist[] | CatalogAlbum[] | CatalogTrack[] {
		const parsed = parseQuery(query);
		if (matchesNothing(parsed)) {
			return [];
		}

		switch (type) {
			case 'artist': {
				this.#artistDocuments ??= this.artists.map((artist) => this.#artistDocument(artist));
				return searchDocuments(this.#artistDocuments, parsed, 'artist');
			}

			case 'album': {
				this.#albumDocuments ??= this.albums.map((album) => this.#albumDocument(album));
				return searchDocuments(this.#albumDocuments, parsed, 'album');
			}

			default: {
				this.#trackDocuments ??= this.tracks.map((track) => this.#trackDocument(track));
				return searchDocuments(this.#trackDocuments, parsed, 'track');
			}
		}
	}

	#artistDocument(artist: CatalogArtist): SearchDocument<CatalogArtist> {
		const name = this.#normalized(artist.name);
		const albums = this.artistAlbums(artist.id, groupOrder).map((entry) => entry.album);
		return {
			item: artist,
			id: artist.id,
			rank: artist.rank,
			name,
			text: name,
			fields: {
				artist: name,
				album: albums.map((album) => this.#normalized(album.name)).join('\n'),
				track: undefined,
			},
			years: albums.map(releaseYear),
		};
	}

	#albumDocument(album: CatalogAlbum): SearchDocument<CatalogAlbum> {
		const name = this.#normalized(album.name);
		const artistNames = this.#artistNames(album.artistIds);
		return {
			item: album,
			id: album.id,
			rank: album.rank,
			name,
			text: `${name}\n${artistNames}`,
			fields: {artist: artistNames, album: name, track: undefined},
			years: [releaseYear(album)],
		};
	}

	#trackDocument(track: CatalogTrack): SearchDocument<CatalogTrack> {
		const name = this.#normalized(track.name);
		const album = this.#albumsById.get(track.albumId);
		const albumName = album === undefined ? '' : this.#normalized(album.name);
		const albumArtistIds = album?.artistIds ?? [];
		const artistIds = track.artistIds.every((id) => albumArtistIds.includes(id))
			? albumArtistIds
			: [...new Set([...track.artistIds, ...albumArtistIds])];
		const artistNames = this.#artistNames(artistIds);
		return {
			item: track,
			id: track.id,
			rank: track.rank,
			name,
			text: `${name}\n${artistNames}\n${albumName}`,
			fields: {artist: artistNames, album: albumName, track: name},
			years: album === undefined ? [] : [releaseYear(album)],
		};
	}

	/** Also cached: an album's artists are named on each of its tracks. */
	#artistNames(artistIds: readonly string[]): string {
		const key = artistIds.join(',');
		let names = this.#artistNamesByIds.get(key);
		if (names === undefined) {
			names = existing(artistIds, this.#artistsById)
				.map((artist) => this.#normalized(artist.name))
				.join('\n');
			this.#artistNamesByIds.set(key, names);
		}

		return names;
	}

	/** Names repeat across documents (an album's name on each of its tracks): normalize each once. */
	#normalized(text: string): string {
		let normalized = this.#normalizedNames.get(text);
		if (normalized === undefined) {
			normalized = normalizeForSearch(text);
			this.#normalizedNames.set(text, normalized);
		}

		return normalized;
	}
}

function forgetOldestBeyond<Key, Value>(map: Map<Key, Value>, size: number): void {
	for (const key of map.keys()) {
		if (map.size <= size) {
			return;
		}

		map.delete(key);
	}
}

function existing<Item>(ids: readonly string[], items: ReadonlyMap<string, Item>): Item[] {
	return ids.flatMap((id) => {
		const item = items.get(id);
		return item === undefined ? [] : [item];
	});
}

function byId<Item extends {readonly id: string}>(items: readonly Item[]): ReadonlyMap<string, Item> {
	return new Map(items.map((item) => [item.id, item]));
}

/** Each artist's albums: its own by album type, others it is featured on as `appears_on`; sorted. */
function discographies(albums: readonly CatalogAlbum[]): ReadonlyMap<string, readonly ArtistAlbumEntry[]> {
	const byArtist = new Map<string, ArtistAlbumEntry[]>();
	for (const album of albums) {
		for (const artistId of new Set(album.artistIds)) {
			const group: AlbumGroup = artistId === album.artistIds[0] ? album.albumType : 'appears_on';
			const entries = byArtist.get(artistId) ?? [];
			entries.push({album, group});
			byArtist.set(artistId, entries);
		}
	}

	for (const entries of byArtist.values()) {
		entries.sort(compareDiscographyEntries);
	}

	return byArtist;
}

/**
 * Group order, then newest first. Dates of different precision compare as text, so within one year
 * `1994-03-17` comes before `1994-03` and `1994`; the id breaks the remaining ties.
 */
function compareDiscographyEntries(a: ArtistAlbumEntry, b: ArtistAlbumEntry): number {
	return (
		groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
		compareText(b.album.releaseDate, a.album.releaseDate) ||
		compareText(a.album.id, b.album.id)
	);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function releaseYear(album: CatalogAlbum): number {
	return Number(album.releaseDate.slice(0, 4));
}
