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
};

/** Everything `generateCatalog` makes; `Catalog` indexes it. */
export type CatalogData = {
	readonly artists: readonly CatalogArtist[];
	readonly albums: readonly CatalogAlbum[];
	readonly tracks: readonly CatalogTrack[];
	readonly highlights: CatalogHighlights;
};
