import {countText} from '../../format/catalog-text.js';
import type {LibraryPlaylist} from '../../spotify/library-client.js';
import type {CatalogList} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';
import {playlistRowActions} from './row-actions.js';

const relationWords: Record<LibraryPlaylist['relation'], string> = {
	owned: 'yours',
	collaborative: 'collaborative',
	followed: 'followed',
};

/** The user's playlists: their own, those they collaborate on, and those they follow. */
export const playlistsList: CatalogList<'playlists'> = {
	loading: 'all',
	pageSize: libraryPageSize,
	maxItems: listCeiling,
	async load({library}, _subject, {offset, limit, signal}) {
		return library.playlistsPage({offset, limit, signal});
	},
	label: () => 'Playlists',
	title: ({total}) => `Playlists${total === undefined ? '' : ` · ${total}`}`,
	loadingText: 'Loading your playlists…',
	empty: () => 'You have no playlists, and follow none.',
	columns: () => [
		{header: 'PLAYLIST', width: 'flex', cell: (playlist) => playlist.name},
		{header: 'OWNER', width: 'flex', hideBelow: 60, cell: (playlist) => playlist.ownerName ?? ''},
		{header: 'TRACKS', width: 6, align: 'right', cell: (playlist) => countText(playlist.total)},
		{header: 'KIND', width: 13, cell: (playlist) => relationWords[playlist.relation]},
	],
	text: (playlist) => `${playlist.name} ${playlist.ownerName ?? ''}`,
	identity: (playlist) => playlist.uri,
	...playlistRowActions<'playlists'>((playlist) => playlist),
	needsLogin: true,
};
