import type {
	AlbumJson,
	ArtistDiscographyAlbumJson,
	ArtistJson,
	CopyrightJson,
	EpisodeJson,
	ExternalUrlsJson,
	ImageJson,
	PagingJson,
	SimplifiedAlbumJson,
	SimplifiedArtistJson,
	SimplifiedShowJson,
	SimplifiedTrackJson,
	TrackJson,
} from './json-types.js';
import type {
	AlbumGroup,
	CatalogAlbum,
	CatalogArtist,
	CatalogEpisode,
	CatalogShow,
	CatalogTrack,
} from './types.js';

/** The lookups serializing needs: an album names its artists by id, a track its album. */
export type CatalogLookup = {
	artist(id: string): CatalogArtist | undefined;
	album(id: string): CatalogAlbum | undefined;
};

/**
 * Where the JSON's links point and where related items come from. The sandbox's own context fits:
 * `origin` is the server's base URL, e.g. `http://127.0.0.1:4567`.
 */
export type JsonSource = {readonly origin: string; readonly catalog: CatalogLookup};

export type ObjectType = 'artist' | 'album' | 'track' | 'show' | 'episode' | 'playlist' | 'user';

const imageSizes = [640, 300, 64] as const;

export function simplifiedArtist(artist: CatalogArtist, source: JsonSource): SimplifiedArtistJson {
	return {
		external_urls: externalUrls('artist', artist.id),
		href: apiHref(source, 'artist', artist.id),
		id: artist.id,
		name: artist.name,
		type: 'artist',
		uri: spotifyUri('artist', artist.id),
	};
}

export function artistObject(artist: CatalogArtist, source: JsonSource): ArtistJson {
	return {...simplifiedArtist(artist, source), genres: [...artist.genres], images: images(source, artist.id)};
}

/** With a group, the item `GET /artists/{id}/albums` sends, which adds `album_group`. */
export function simplifiedAlbum(album: CatalogAlbum, source: JsonSource): SimplifiedAlbumJson;
export function simplifiedAlbum(
	album: CatalogAlbum,
	source: JsonSource,
	group: AlbumGroup,
): ArtistDiscographyAlbumJson;
export function simplifiedAlbum(
	album: CatalogAlbum,
	source: JsonSource,
	group?: AlbumGroup,
): SimplifiedAlbumJson | ArtistDiscographyAlbumJson;
export function simplifiedAlbum(
	album: CatalogAlbum,
	source: JsonSource,
	group?: AlbumGroup,
): SimplifiedAlbumJson | ArtistDiscographyAlbumJson {
	const json: SimplifiedAlbumJson = {
		album_type: album.albumType,
		total_tracks: album.trackIds.length,
		external_urls: externalUrls('album', album.id),
		href: apiHref(source, 'album', album.id),
		id: album.id,
		images: album.withoutImages === true ? [] : images(source, album.id),
		name: album.name,
		release_date: album.releaseDate,
		release_date_precision: album.releaseDatePrecision,
		type: 'album',
		uri: spotifyUri('album', album.id),
		artists: artistsOf(album.artistIds, source),
	};
	return group === undefined ? json : {...json, album_group: group};
}

/** The full album; `tracksPage` is its first page of simplified tracks, built by the caller. */
export function albumObject(
	album: CatalogAlbum,
	source: JsonSource,
	tracksPage: PagingJson<SimplifiedTrackJson>,
): AlbumJson {
	return {
		...simplifiedAlbum(album, source),
		tracks: tracksPage,
		copyrights: copyrightsOf(album),
		external_ids: {upc: album.upc},
		genres: [],
	};
}

/** With a market, the track carries `is_playable`, as Spotify's track relinking adds it. */
export function simplifiedTrack(
	track: CatalogTrack,
	source: JsonSource,
	market?: string,
): SimplifiedTrackJson {
	return {
		artists: artistsOf(track.artistIds, source),
		disc_number: track.discNumber,
		duration_ms: track.durationMs,
		explicit: track.explicit,
		external_urls: externalUrls('track', track.id),
		href: apiHref(source, 'track', track.id),
		id: track.id,
		...(market === undefined ? {} : {is_playable: true}),
		name: track.name,
		preview_url: null,
		track_number: track.trackNumber,
		type: 'track',
		uri: spotifyUri('track', track.id),
		is_local: false,
	};
}

export function trackObject(track: CatalogTrack, source: JsonSource, market?: string): TrackJson {
	const album = source.catalog.album(track.albumId);
	if (album === undefined) {
		throw new Error(`The catalog has no album ${track.albumId} for track ${track.id}`);
	}

	return {
		...simplifiedTrack(track, source, market),
		album: simplifiedAlbum(album, source),
		external_ids: {isrc: track.isrc},
	};
}

export function simplifiedShow(show: CatalogShow, source: JsonSource): SimplifiedShowJson {
	return {
		available_markets: ['SE', 'DE', 'GB', 'US'],
		copyrights: [],
		description: show.description,
		html_description: `<p>${show.description}</p>`,
		explicit: false,
		external_urls: externalUrls('show', show.id),
		href: apiHref(source, 'show', show.id),
		id: show.id,
		images: images(source, show.id),
		is_externally_hosted: false,
		languages: ['en'],
		media_type: 'audio',
		name: show.name,
		publisher: show.publisher,
		type: 'show',
		uri: spotifyUri('show', show.id),
		total_episodes: show.episodeIds.length,
	};
}

/** A podcast episode with its show, as the player's item and `GET /episodes/{id}` give it. */
export function episodeObject(episode: CatalogEpisode, show: CatalogShow, source: JsonSource): EpisodeJson {
	return {
		audio_preview_url: null,
		description: episode.description,
		html_description: `<p>${episode.description}</p>`,
		duration_ms: episode.durationMs,
		explicit: false,
		external_urls: externalUrls('episode', episode.id),
		href: apiHref(source, 'episode', episode.id),
		id: episode.id,
		images: images(source, episode.id),
		is_externally_hosted: false,
		is_playable: true,
		languages: ['en'],
		name: episode.name,
		release_date: episode.releaseDate,
		release_date_precision: 'day',
		type: 'episode',
		uri: spotifyUri('episode', episode.id),
		show: simplifiedShow(show, source),
	};
}

function artistsOf(artistIds: readonly string[], source: JsonSource): SimplifiedArtistJson[] {
	return artistIds.map((id) => {
		const artist = source.catalog.artist(id);
		if (artist === undefined) {
			throw new Error(`The catalog has no artist ${id}`);
		}

		return simplifiedArtist(artist, source);
	});
}

/** Spotify sends the recording (℗) line and the copyright (©) line; the catalog keeps the ℗ one. */
function copyrightsOf(album: CatalogAlbum): CopyrightJson[] {
	const holder = album.copyright.replace(/^[℗©]\s*/u, '');
	return [
		{text: `© ${holder}`, type: 'C'},
		{text: `℗ ${holder}`, type: 'P'},
	];
}

export function images(source: Pick<JsonSource, 'origin'>, id: string): ImageJson[] {
	return imageSizes.map((size) => ({
		url: `${source.origin}/images/${id}-${size}.jpg`,
		height: size,
		width: size,
	}));
}

export function apiHref(source: Pick<JsonSource, 'origin'>, type: ObjectType, id: string): string {
	return `${source.origin}/v1/${type}s/${id}`;
}

export function externalUrls(type: ObjectType, id: string): ExternalUrlsJson {
	return {spotify: `https://open.spotify.com/${type}/${id}`};
}

function spotifyUri(type: ObjectType, id: string): string {
	return `spotify:${type}:${id}`;
}
