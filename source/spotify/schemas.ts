import * as v from 'valibot';
import {
	count,
	flag,
	type Identified,
	identified,
	list,
	maybeCount,
	maybeText,
	requiredCount,
	text,
} from './schema-values.js';

// The fields musicterminal reads, typed as the Web API description (test/contract/spotify-web-api)
// types them, read leniently (schema-values.ts): unknown fields are dropped, optional and nullable
// ones get a neutral value, enumerations are kept as the text Spotify sends. Beyond the description,
// every id and URI may be null (a local file's are), and albums may lack release_date, total_tracks
// and album_type (older shapes, local files). Catalog items need an id or a URI to be of any use;
// one with neither is left out of its list.

const identity = {id: maybeText, uri: maybeText};

export const simplifiedArtistSchema = v.object({...identity, name: text});

const artistObjectSchema = v.object({...identity, name: text, genres: list(v.string())});

const albumEntries = {
	...identity,
	name: text,
	/** album, single or compilation, or a kind added since; null on a local file's album. */
	album_type: maybeText,
	/** Only on an artist's albums: album, single, compilation, appears_on, or a kind added since. */
	album_group: maybeText,
	release_date: maybeText,
	total_tracks: maybeCount,
	artists: list(simplifiedArtistSchema),
};

/** An album as a track names it: its ids are null when the track is a local file. */
export const albumSummarySchema = v.object(albumEntries);

const trackEntries = {
	...identity,
	name: text,
	duration_ms: count(0),
	track_number: maybeCount,
	disc_number: count(1),
	explicit: flag(false),
	is_local: flag(false),
	artists: list(simplifiedArtistSchema),
};

const fullTrackEntries = {...trackEntries, album: v.nullish(albumSummarySchema, null)};

export const artistItemSchema = v.pipe(
	artistObjectSchema,
	v.transform((artist) => identified(artist, 'artist')),
);
export const albumItemSchema = v.pipe(
	albumSummarySchema,
	v.transform((album) => identified(album, 'album')),
);
const simplifiedTrackItemSchema = v.pipe(
	v.object(trackEntries),
	v.transform((track) => identified(track, 'track')),
);
export const trackItemSchema = v.pipe(
	v.object(fullTrackEntries),
	v.transform((track) => identified(track, 'track')),
);

/**
 * A paging object; items that are null, or have neither id nor URI, are dropped, and `sent` keeps
 * how many entries the answer held, by which the page is judged full or short.
 */
export function pagingSchema<Item extends v.GenericSchema>(item: Item) {
	return v.pipe(
		v.object({
			items: v.array(v.nullable(item)),
			/** The page size the server used; null when it did not say. */
			limit: maybeCount,
			next: maybeText,
			offset: count(0),
			total: requiredCount,
		}),
		v.transform((page) => ({
			...page,
			items: page.items.filter((entry): entry is NonNullable<v.InferOutput<Item>> => entry !== null),
			sent: page.items.length,
		})),
	);
}

export const artistPageSchema = pagingSchema(artistItemSchema);
export const simplifiedAlbumPageSchema = pagingSchema(albumItemSchema);
export const simplifiedTrackPageSchema = pagingSchema(simplifiedTrackItemSchema);
export const trackPageSchema = pagingSchema(trackItemSchema);

/** `GET /artists/{id}`: the caller supplies the id asked for when the answer has none. */
export const artistAnswerSchema = artistObjectSchema;

/** `GET /albums/{id}`, with the first page of its tracks (the rest come from /albums/{id}/tracks). */
export const albumAnswerSchema = v.object({...albumEntries, tracks: simplifiedTrackPageSchema});

export const deviceSchema = v.object({
	/** Null for a device that cannot be addressed (restricted ones). */
	id: maybeText,
	name: text,
	/** Computer, Smartphone, Speaker, …: text, as Spotify adds kinds. */
	type: text,
	is_active: flag(false),
	is_restricted: flag(false),
	volume_percent: v.pipe(
		v.nullish(v.number(), null),
		v.transform((percent) =>
			percent === null || Number.isNaN(percent) ? null : Math.round(Math.min(100, Math.max(0, percent))),
		),
	),
	supports_volume: flag(true),
});

export const devicesSchema = v.object({devices: list(deviceSchema)});

const playingTrackSchema = v.object({type: v.nullish(v.literal('track'), 'track'), ...fullTrackEntries});

/** A podcast episode (with its show), or an audiobook chapter, which Spotify also types `episode`. */
const playingEpisodeSchema = v.object({
	type: v.literal('episode'),
	...identity,
	name: text,
	duration_ms: count(0),
	show: v.nullish(v.object({name: text}), null),
	audiobook: v.nullish(v.object({name: text}), null),
});

/** An item of a type added since: shown by its name and the type Spotify sent (`sentType`). */
const otherPlayingItemSchema = v.pipe(
	v.object({
		type: v.pipe(v.string(), v.notValues(['track', 'episode'])),
		...identity,
		name: text,
		duration_ms: count(0),
	}),
	v.transform(({type, ...item}) => ({...item, type: 'other' as const, sentType: type})),
);

/** A track, an episode (or chapter), or an item of a kind added since, as the player and the queue name them. */
export const playingItemSchema = v.variant('type', [
	playingEpisodeSchema,
	playingTrackSchema,
	otherPlayingItemSchema,
]);

/** The description lets a state leave its device out: then it is one without id or name. */
const unnamedDevice = (): v.InferOutput<typeof deviceSchema> => ({
	id: null,
	name: '',
	type: '',
	is_active: true,
	is_restricted: false,
	volume_percent: null,
	supports_volume: false,
});

export const playbackStateSchema = v.object({
	device: v.pipe(
		v.nullish(deviceSchema, null),
		v.transform((device) => device ?? unnamedDevice()),
	),
	/** off, track or context, or a mode added since. */
	repeat_state: v.pipe(
		maybeText,
		v.transform((mode) => mode ?? 'off'),
	),
	shuffle_state: flag(false),
	context: v.nullish(v.object({type: maybeText, uri: maybeText}), null),
	progress_ms: maybeCount,
	is_playing: flag(false),
	/** Null during an ad, in a private session, or between items. */
	item: v.nullish(playingItemSchema, null),
	/** track, episode, ad or unknown, or a kind added since. */
	currently_playing_type: maybeText,
});

export type SimplifiedArtist = v.InferOutput<typeof simplifiedArtistSchema>;
export type Artist = NonNullable<v.InferOutput<typeof artistItemSchema>>;
export type AlbumSummary = v.InferOutput<typeof albumSummarySchema>;
export type SimplifiedAlbum = NonNullable<v.InferOutput<typeof albumItemSchema>>;
export type Album = Identified<v.InferOutput<typeof albumAnswerSchema>>;
export type SimplifiedTrack = NonNullable<v.InferOutput<typeof simplifiedTrackItemSchema>>;
export type Track = NonNullable<v.InferOutput<typeof trackItemSchema>>;
export type Page<Item> = {
	readonly items: Item[];
	/** The page size the server used; null when it did not say. */
	readonly limit: number | null;
	readonly next: string | null;
	readonly offset: number;
	readonly total: number;
	/** How many entries the answer held, those left out of `items` included. */
	readonly sent: number;
};
export type Device = v.InferOutput<typeof deviceSchema>;
export type PlaybackState = v.InferOutput<typeof playbackStateSchema>;
export type PlayingItem = PlaybackState['item'];
/** Something that plays: never null, unlike a state's `item`. */
export type PlayableItem = NonNullable<PlayingItem>;
/** The repeat modes musicterminal sets; a state may report others. */
export type RepeatState = 'off' | 'track' | 'context';

/** The repeat mode a state reports, as one musicterminal knows; a mode added since counts as off. */
export function knownRepeatState(mode: string | undefined): RepeatState {
	return mode === 'track' || mode === 'context' ? mode : 'off';
}
