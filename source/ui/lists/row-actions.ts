import type {CatalogList, ItemOf, ListKind} from './catalog-list.js';

type Named = {readonly id: string; readonly uri: string; readonly name: string};

type RowActions<Kind extends ListKind> = Pick<
	CatalogList<Kind>,
	'open' | 'playAll' | 'enterHint' | 'playAllHint' | 'queueable' | 'name'
> & {savable?: CatalogList<Kind>['savable']};

/** Rows that are albums, wherever they are listed: Enter opens the tracks, `a` plays, `L` saves, `e` queues. */
export function albumRowActions<Kind extends ListKind>(
	albumOf: (item: ItemOf<Kind>) => Named,
): RowActions<Kind> {
	return {
		open: (item) => {
			const album = albumOf(item);
			return {kind: 'list', list: {kind: 'tracks', subject: {albumId: album.id, albumName: album.name}}};
		},
		playAll: (item) => (item === undefined ? undefined : {contextUri: albumOf(item).uri}),
		enterHint: 'Enter open',
		playAllHint: 'the album',
		savable: (item) => albumOf(item).uri,
		queueable: (item) => ({type: 'album', id: albumOf(item).id}),
		name: (item) => albumOf(item).name,
	};
}

/** Rows that are playlists: Enter opens the items, `a` plays, `e` queues (playlists are followed, not saved). */
export function playlistRowActions<Kind extends ListKind>(
	playlistOf: (item: ItemOf<Kind>) => Named,
): RowActions<Kind> {
	return {
		open: (item) => {
			const playlist = playlistOf(item);
			return {
				kind: 'list',
				list: {kind: 'playlist-items', subject: {playlistId: playlist.id, playlistName: playlist.name}},
			};
		},
		playAll: (item) => (item === undefined ? undefined : {contextUri: playlistOf(item).uri}),
		enterHint: 'Enter open',
		playAllHint: 'the playlist',
		queueable: (item) => ({type: 'playlist', id: playlistOf(item).id}),
		name: (item) => playlistOf(item).name,
	};
}
