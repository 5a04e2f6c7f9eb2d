import * as v from 'valibot';

// The fields musicterminal reads, in the shapes of ../shared/spotify-web-api/openapi.yml. Unknown
// fields are dropped; a missing or mistyped one makes the answer an UnexpectedResponseError.

const imageSchema = v.object({
	url: v.string(),
	height: v.nullish(v.number()),
	width: v.nullish(v.number()),
});

const spotifyId = v.pipe(v.string(), v.minLength(1));

export const simplifiedArtistSchema = v.object({
	id: spotifyId,
	name: v.string(),
	uri: v.string(),
});

export const artistSchema = v.object({
	...simplifiedArtistSchema.entries,
	genres: v.optional(v.array(v.string()), []),
	images: v.optional(v.array(imageSchema), []),
});

export const simplifiedAlbumSchema = v.object({
	id: spotifyId,
	name: v.string(),
	uri: v.string(),
	album_type: v.string(),
	/** Only on an artist's albums: how the artist relates to the album. */
	album_group: v.optional(v.string()),
	release_date: v.string(),
	total_tracks: v.number(),
	artists: v.array(simplifiedArtistSchema),
	images: v.optional(v.array(imageSchema), []),
});

const trackEntries = {
	id: spotifyId,
	name: v.string(),
	uri: v.string(),
	duration_ms: v.number(),
	track_number: v.number(),
	disc_number: v.number(),
	explicit: v.optional(v.boolean(), false),
	/** Present when the request named a market. */
	is_playable: v.optional(v.boolean()),
	artists: v.array(simplifiedArtistSchema),
};

export const simplifiedTrackSchema = v.object(trackEntries);

export const trackSchema = v.object({...trackEntries, album: simplifiedAlbumSchema});

/** A paging object; Spotify has been seen to put `null` among the items, which are dropped. */
function pagingSchema<Item extends v.GenericSchema>(item: Item) {
	return v.object({
		items: v.pipe(
			v.array(v.nullable(item)),
			v.transform((items) => items.filter((entry): entry is v.InferOutput<Item> => entry !== null)),
		),
		limit: v.number(),
		next: v.nullable(v.string()),
		offset: v.number(),
		total: v.number(),
	});
}

export const artistPageSchema = pagingSchema(artistSchema);
export const simplifiedAlbumPageSchema = pagingSchema(simplifiedAlbumSchema);
export const simplifiedTrackPageSchema = pagingSchema(simplifiedTrackSchema);
export const trackPageSchema = pagingSchema(trackSchema);

export const albumSchema = v.object({
	...simplifiedAlbumSchema.entries,
	/** The album's first tracks; the rest come from /albums/{id}/tracks. */
	tracks: simplifiedTrackPageSchema,
});

export const searchResultsSchema = v.object({
	artists: v.optional(artistPageSchema),
	albums: v.optional(simplifiedAlbumPageSchema),
	tracks: v.optional(trackPageSchema),
});

export const deviceSchema = v.object({
	/** Null for a device that cannot be addressed (Spotify's docs allow it). */
	id: v.nullable(v.string()),
	name: v.string(),
	type: v.string(),
	is_active: v.boolean(),
	is_restricted: v.optional(v.boolean(), false),
	volume_percent: v.nullable(v.number()),
	supports_volume: v.optional(v.boolean(), true),
});

export const devicesSchema = v.object({devices: v.array(deviceSchema)});

const episodeSchema = v.object({
	type: v.literal('episode'),
	id: spotifyId,
	name: v.string(),
	uri: v.string(),
	duration_ms: v.number(),
	show: v.object({name: v.string()}),
});

/** What plays: a track, an episode, or nothing (an ad, or between items). */
const playingItemSchema = v.nullable(
	v.variant('type', [v.object({type: v.literal('track'), ...trackSchema.entries}), episodeSchema]),
);

export const playbackStateSchema = v.object({
	device: deviceSchema,
	repeat_state: v.picklist(['off', 'track', 'context']),
	shuffle_state: v.boolean(),
	context: v.nullable(v.object({type: v.string(), uri: v.string()})),
	timestamp: v.number(),
	progress_ms: v.nullable(v.number()),
	is_playing: v.boolean(),
	item: playingItemSchema,
});

export type SimplifiedArtist = v.InferOutput<typeof simplifiedArtistSchema>;
export type Artist = v.InferOutput<typeof artistSchema>;
export type SimplifiedAlbum = v.InferOutput<typeof simplifiedAlbumSchema>;
export type Album = v.InferOutput<typeof albumSchema>;
export type SimplifiedTrack = v.InferOutput<typeof simplifiedTrackSchema>;
export type Track = v.InferOutput<typeof trackSchema>;
export type Page<Item> = {
	readonly items: Item[];
	readonly limit: number;
	readonly next: string | null;
	readonly offset: number;
	readonly total: number;
};
export type SearchResults = v.InferOutput<typeof searchResultsSchema>;
export type Device = v.InferOutput<typeof deviceSchema>;
export type PlaybackState = v.InferOutput<typeof playbackStateSchema>;
export type PlayingItem = PlaybackState['item'];
export type RepeatState = PlaybackState['repeat_state'];
