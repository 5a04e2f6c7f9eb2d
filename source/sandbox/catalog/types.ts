// The sandbox's own catalog model. Spotify's JSON shapes are made from it in serialize.ts.

export type AlbumType = 'album' | 'single' | 'compilation';
export type AlbumGroup = AlbumType | 'appears_on';
export type ReleaseDatePrecision = 'year' | 'month' | 'day';

export type CatalogArtist = {
	readonly id: string;
	readonly name: string;
	readonly genres: readonly string[];
	/** Internal ordering weight for search results; never sent (Spotify removed `popularity`). */
	readonly rank: number;
};

export type CatalogAlbum = {
	readonly id: string;
	readonly name: string;
	readonly albumType: AlbumType;
	/** Main artist first. */
	readonly artistIds: readonly string[];
	readonly releaseDate: string;
	readonly releaseDatePrecision: ReleaseDatePrecision;
	readonly trackIds: readonly string[];
	readonly upc: string;
	readonly copyright: string;
	readonly rank: number;
	/** Spotify sends an empty `images` list for some albums. */
	readonly withoutImages?: boolean;
};

export type CatalogTrack = {
	readonly id: string;
	readonly name: string;
	readonly albumId: string;
	readonly artistIds: readonly string[];
	readonly discNumber: number;
	readonly trackNumber: number;
	readonly durationMs: number;
	readonly explicit: boolean;
	readonly isrc: string;
	readonly rank: number;
};

/** A podcast. */
export type CatalogShow = {
	readonly id: string;
	readonly name: string;
	readonly publisher: string;
	readonly description: string;
	/** Newest first, as Spotify lists them. */
	readonly episodeIds: readonly string[];
};

export type CatalogEpisode = {
	readonly id: string;
	readonly name: string;
	readonly showId: string;
	readonly description: string;
	readonly durationMs: number;
	readonly releaseDate: string;
};

export type ArtistAlbumEntry = {
	readonly album: CatalogAlbum;
	readonly group: AlbumGroup;
};

export type SearchType = 'artist' | 'album' | 'track';

/** Items worth finding without a search: the demo and the tests start from them. */
export type CatalogHighlights = {
	/** The artist with more than 300 albums, named `prolificArtistName`. */
	readonly prolificArtistId: string;
	/** A compilation with more than 50 tracks on one disc. */
	readonly boxSetAlbumId: string;
	/** Artists whose names mix scripts, stack combining marks, hide zero-width characters or join emoji. */
	readonly roughNameArtistIds: readonly string[];
	/** An album Spotify sends without images. */
	readonly imagelessAlbumId: string;
	/** A podcast, whose episodes the player can play. */
	readonly showId: string;
};

/** Everything `generateCatalog` makes; `Catalog` indexes it. */
export type CatalogData = {
	readonly artists: readonly CatalogArtist[];
	readonly albums: readonly CatalogAlbum[];
	readonly tracks: readonly CatalogTrack[];
	readonly shows: readonly CatalogShow[];
	readonly episodes: readonly CatalogEpisode[];
	readonly highlights: CatalogHighlights;
};
