import type {ListKind} from '../lists/catalog-list.js';

/** What the search box looks for; Tab goes to the next. */
export type SearchKind = 'artists' | 'albums' | 'tracks' | 'playlists';

export const searchKinds: readonly SearchKind[] = ['artists', 'albums', 'tracks', 'playlists'];

/** The list each kind of search result is. */
export const searchResultLists = {
	artists: 'artists',
	albums: 'album-results',
	tracks: 'track-results',
	playlists: 'playlist-results',
} as const satisfies Record<SearchKind, ListKind>;

export function nextSearchKind(kind: SearchKind): SearchKind {
	return searchKinds[(searchKinds.indexOf(kind) + 1) % searchKinds.length] ?? 'artists';
}
