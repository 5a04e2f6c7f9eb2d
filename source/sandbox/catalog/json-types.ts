// Spotify's Web API JSON shapes as the sandbox sends them: today's fields, none of the removed ones
// (no followers or popularity on artists; no popularity, available_markets or label on albums and tracks).

import type {AlbumGroup, AlbumType, ReleaseDatePrecision} from './types.js';

export type ExternalUrlsJson = {readonly spotify: string};

export type ImageJson = {readonly url: string; readonly height: number | null; readonly width: number | null};

export type CopyrightJson = {
	readonly text: string;
	/** `C` the copyright, `P` the sound recording (performance) copyright. */
	readonly type: 'C' | 'P';
};

export type PagingJson<Item> = {
	readonly href: string;
	readonly items: readonly Item[];
	readonly limit: number;
	readonly next: string | null;
	readonly offset: number;
	readonly previous: string | null;
	readonly total: number;
};

export type SimplifiedArtistJson = {
	readonly external_urls: ExternalUrlsJson;
	readonly href: string;
	readonly id: string;
	readonly name: string;
	readonly type: 'artist';
	readonly uri: string;
};

export type ArtistJson = SimplifiedArtistJson & {
	/** Possibly empty. */
	readonly genres: readonly string[];
	/** Widest first. */
	readonly images: readonly ImageJson[];
};

export type SimplifiedAlbumJson = {
	readonly album_type: AlbumType;
	readonly total_tracks: number;
	readonly external_urls: ExternalUrlsJson;
	readonly href: string;
	readonly id: string;
	readonly images: readonly ImageJson[];
	readonly name: string;
	readonly release_date: string;
	readonly release_date_precision: ReleaseDatePrecision;
	readonly type: 'album';
	readonly uri: string;
	readonly artists: readonly SimplifiedArtistJson[];
};

/** An item of `GET /artists/{id}/albums`. */
export type ArtistDiscographyAlbumJson = SimplifiedAlbumJson & {readonly album_group: AlbumGroup};

export type SimplifiedTrackJson = {
	readonly artists: readonly SimplifiedArtistJson[];
	readonly disc_number: number;
	readonly duration_ms: number;
	readonly explicit: boolean;
	readonly external_urls: ExternalUrlsJson;
	readonly href: string;
	readonly id: string;
	/** Sent only when the request named a market (track relinking). */
	readonly is_playable?: boolean;
	readonly name: string;
	readonly preview_url: string | null;
	readonly track_number: number;
	readonly type: 'track';
	readonly uri: string;
	readonly is_local: boolean;
};

export type TrackJson = SimplifiedTrackJson & {
	readonly album: SimplifiedAlbumJson;
	readonly external_ids: {readonly isrc: string};
};

export type AlbumJson = SimplifiedAlbumJson & {
	readonly tracks: PagingJson<SimplifiedTrackJson>;
	readonly copyrights: readonly CopyrightJson[];
	readonly external_ids: {readonly upc: string};
	/** Always empty, as Spotify sends it. */
	readonly genres: readonly string[];
};

export type SimplifiedShowJson = {
	readonly available_markets: readonly string[];
	readonly copyrights: readonly CopyrightJson[];
	readonly description: string;
	readonly html_description: string;
	readonly explicit: boolean;
	readonly external_urls: ExternalUrlsJson;
	readonly href: string;
	readonly id: string;
	readonly images: readonly ImageJson[];
	readonly is_externally_hosted: boolean;
	readonly languages: readonly string[];
	readonly media_type: 'audio';
	readonly name: string;
	readonly publisher: string;
	readonly type: 'show';
	readonly uri: string;
	readonly total_episodes: number;
};

export type EpisodeJson = {
	readonly audio_preview_url: null;
	readonly description: string;
	readonly html_description: string;
	readonly duration_ms: number;
	readonly explicit: boolean;
	readonly external_urls: ExternalUrlsJson;
	readonly href: string;
	readonly id: string;
	readonly images: readonly ImageJson[];
	readonly is_externally_hosted: boolean;
	readonly is_playable: boolean;
	readonly languages: readonly string[];
	readonly name: string;
	readonly release_date: string;
	readonly release_date_precision: 'day';
	readonly type: 'episode';
	readonly uri: string;
	readonly show: SimplifiedShowJson;
};
