// The demo user's library: what they saved, follow and play, beside the catalog (which it only
// names by id, so the catalog stays as it is).

/** Who owns a playlist, as Spotify names users. */
export type PlaylistOwner = {readonly id: string; readonly displayName: string};

/**
 * How the user holds a playlist: their own, one they collaborate on, or one they only follow,
 * whose items Spotify (since 2026) does not let apps read.
 */
export type PlaylistRelation = 'owned' | 'collaborative' | 'followed';

export type SandboxPlaylist = {
	readonly id: string;
	readonly name: string;
	readonly description: string;
	readonly owner: PlaylistOwner;
	readonly relation: PlaylistRelation;
	readonly public: boolean;
	/** Track and episode ids, in playlist order; an id may come twice. */
	readonly itemIds: readonly string[];
	/** When each item was added (ms), in the same order. */
	readonly addedAt: readonly number[];
};

/** A track the player played: recently-played lists these, newest first. */
export type PlayRecord = {
	readonly trackId: string;
	readonly playedAt: number;
	/** The album, artist or playlist it was played from; null for a list of tracks. */
	readonly contextUri: string | null;
};

/** An item saved to the library, and when. */
export type SavedEntry = {readonly id: string; readonly addedAt: number};
