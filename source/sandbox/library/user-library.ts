import type {LibraryData} from './generate-library.js';
import type {PlayRecord, SandboxPlaylist, SavedEntry} from './types.js';

/** Spotify keeps this many plays; older ones drop off. */
const historyLimit = 500;

/** Library item kinds `PUT /me/library` saves (artists are followed elsewhere, users ignored here). */
export type SavedKind = 'track' | 'album' | 'episode' | 'show' | 'playlist';

/**
 * The demo user's library as it changes: saves and removals, and plays as the player reports them.
 * Lists come newest first, as Spotify gives them.
 */
export class UserLibrary {
	readonly #saved: Record<SavedKind, Map<string, number>>;
	readonly #followedArtistIds: readonly string[];
	readonly #playlists: readonly SandboxPlaylist[];
	readonly #history: PlayRecord[];

	constructor(data: LibraryData) {
		const byId = (entries: readonly SavedEntry[]) =>
			new Map(entries.map((entry) => [entry.id, entry.addedAt] as const));
		this.#saved = {
			track: byId(data.likedTracks),
			album: byId(data.savedAlbums),
			episode: new Map(),
			show: new Map(),
			playlist: new Map(),
		};
		this.#followedArtistIds = data.followedArtistIds;
		this.#playlists = data.playlists;
		this.#history = [...data.history];
	}

	/** Saved items of one kind, newest first. */
	saved(kind: 'track' | 'album'): SavedEntry[] {
		return [...this.#saved[kind]]
			.map(([id, addedAt]) => ({id, addedAt}))
			.sort((a, b) => b.addedAt - a.addedAt);
	}

	isSaved(kind: SavedKind, id: string): boolean {
		return this.#saved[kind].has(id) || (kind === 'playlist' && this.playlist(id) !== undefined);
	}

	save(kind: SavedKind, id: string, at: number): void {
		if (!this.#saved[kind].has(id)) {
			this.#saved[kind].set(id, at);
		}
	}

	remove(kind: SavedKind, id: string): void {
		this.#saved[kind].delete(id);
	}

	followedArtistIds(): readonly string[] {
		return this.#followedArtistIds;
	}

	isFollowing(artistId: string): boolean {
		return this.#followedArtistIds.includes(artistId);
	}

	/** The playlists the user owns, collaborates on or follows, in the order they were made. */
	playlists(): readonly SandboxPlaylist[] {
		return this.#playlists;
	}

	playlist(id: string): SandboxPlaylist | undefined {
		return this.#playlists.find((playlist) => playlist.id === id);
	}

	/** Plays, newest first. */
	history(): readonly PlayRecord[] {
		return this.#history;
	}

	/** A track began playing. */
	recordPlay(play: PlayRecord): void {
		this.#history.unshift(play);
		this.#history.sort((a, b) => b.playedAt - a.playedAt);
		this.#history.length = Math.min(this.#history.length, historyLimit);
	}
}
