import * as v from 'valibot';
import {flag, maybeCount, maybeText, text} from './schema-values.js';
import {
	albumItemSchema,
	artistItemSchema,
	pagingSchema,
	playingItemSchema,
	trackItemSchema,
} from './schemas.js';

// The library's answers, read as leniently as the catalog's (schemas.ts): saved tracks and albums,
// playlists and their items, plays, followed artists, the queue and /me/library/contains. Entries
// that are null, or whose item can be neither shown nor played, are left out of `items` but still
// count in `sent`, by which a page is judged full or short.

/** `GET /me/tracks`: a liked track and when it was liked. */
export const savedTrackPageSchema = pagingSchema(
	v.pipe(
		v.object({added_at: maybeText, track: v.nullish(trackItemSchema, null)}),
		v.transform(({added_at: addedAt, track}) => (track === null ? null : {track, addedAt})),
	),
);

/** `GET /me/albums`: a saved album (Spotify sends it whole; the summary is what is read). */
export const savedAlbumPageSchema = pagingSchema(
	v.pipe(
		v.object({added_at: maybeText, album: v.nullish(albumItemSchema, null)}),
		v.transform(({added_at: addedAt, album}) => (album === null ? null : {album, addedAt})),
	),
);

const ownerSchema = v.object({id: maybeText, display_name: maybeText});
/** How many items a playlist holds: `items` since 2026, `tracks` before. */
const countRefSchema = v.nullish(v.object({total: maybeCount}), null);

const playlistEntries = {
	id: maybeText,
	uri: maybeText,
	name: text,
	description: maybeText,
	collaborative: flag(false),
	public: v.nullish(v.boolean(), null),
	owner: v.nullish(ownerSchema, null),
	items: countRefSchema,
	tracks: countRefSchema,
};

/** A playlist as `/me/playlists`, search and `GET /playlists/{id}` describe it. */
export const playlistSchema = v.pipe(
	v.object(playlistEntries),
	v.transform((playlist) => {
		const id = playlist.id ?? playlist.uri?.replace(/^spotify:playlist:/, '') ?? null;
		if (id === null || /^\.{0,2}$/.test(id) || id.includes(':')) {
			return null;
		}

		return {
			id,
			uri: playlist.uri ?? `spotify:playlist:${id}`,
			name: playlist.name,
			description: playlist.description,
			collaborative: playlist.collaborative,
			public: playlist.public,
			ownerId: playlist.owner?.id ?? null,
			ownerName: playlist.owner?.display_name ?? playlist.owner?.id ?? null,
			total: playlist.items?.total ?? playlist.tracks?.total ?? null,
		};
	}),
);

export const playlistPageSchema = pagingSchema(playlistSchema);

/**
 * One entry of a playlist: its track or episode (`item` since 2026, `track` before), or `gone`
 * when Spotify sends none (an unavailable track), so that positions in the playlist stay true.
 */
export const playlistEntryPageSchema = pagingSchema(
	v.pipe(
		v.nullable(
			v.object({
				added_at: maybeText,
				is_local: flag(false),
				item: v.nullish(playingItemSchema, null),
				track: v.nullish(playingItemSchema, null),
			}),
		),
		v.transform((entry) => ({
			item: entry?.item ?? entry?.track ?? null,
			isLocal: entry?.is_local ?? false,
			addedAt: entry?.added_at ?? null,
		})),
	),
);

/** `GET /me/player/recently-played`: a track, when it was played, and what it was played from. */
const playHistorySchema = v.pipe(
	v.object({
		track: v.nullish(trackItemSchema, null),
		played_at: maybeText,
		context: v.nullish(v.object({type: maybeText, uri: maybeText}), null),
	}),
	v.transform(({track, played_at: playedAt, context}) =>
		track === null ? null : {track, playedAt, contextUri: context?.uri ?? null},
	),
);

/** Entries of a list, nulls kept so that they can be counted. */
function entries<Item extends v.GenericSchema>(item: Item) {
	return v.nullish(v.array(v.nullable(item)), []);
}

/** The cursors of a cursor-paged answer: `next` and the cursors are absent or null on the last page. */
const cursorEntries = {
	next: maybeText,
	cursors: v.nullish(v.object({after: maybeText, before: maybeText}), null),
	total: maybeCount,
};

export const playHistoryPageSchema = v.pipe(
	v.object({items: entries(playHistorySchema), ...cursorEntries}),
	v.transform((page) => ({
		items: page.items.filter((entry) => entry !== null),
		sent: page.items.length,
		next: page.next,
		before: page.cursors?.before ?? null,
	})),
);

/** `GET /me/following?type=artist`: artists, cursor-paged by the last one's id. */
export const followedArtistsSchema = v.pipe(
	v.object({
		artists: v.object({items: entries(artistItemSchema), ...cursorEntries}),
	}),
	v.transform(({artists}) => ({
		items: artists.items.filter((artist) => artist !== null),
		sent: artists.items.length,
		next: artists.next,
		after: artists.cursors?.after ?? null,
		total: artists.total,
	})),
);

/** `GET /me/player/queue`: what plays now, then what plays next. */
export const queueSchema = v.object({
	currently_playing: v.nullish(playingItemSchema, null),
	queue: v.pipe(
		entries(playingItemSchema),
		v.transform((items) => items.filter((item) => item !== null)),
	),
});

/** `GET /me/library/contains`: one answer per URI asked about; anything but `true` is no. */
export const containsSchema = v.array(
	v.pipe(
		v.unknown(),
		v.transform((value) => value === true),
	),
);

/** `GET /me`: who is logged in, to tell the user's own playlists from those they follow. */
export const currentUserSchema = v.object({id: maybeText, display_name: maybeText});

export type LikedTrack = NonNullable<v.InferOutput<typeof savedTrackPageSchema>['items'][number]>;
export type SavedAlbum = NonNullable<v.InferOutput<typeof savedAlbumPageSchema>['items'][number]>;
export type Playlist = NonNullable<v.InferOutput<typeof playlistSchema>>;
export type PlaylistEntry = v.InferOutput<typeof playlistEntryPageSchema>['items'][number];
export type PlayedTrack = NonNullable<v.InferOutput<typeof playHistorySchema>>;
export type Queue = v.InferOutput<typeof queueSchema>;
