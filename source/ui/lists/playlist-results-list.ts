import {countText} from '../../format/catalog-text.js';
import type {CatalogList} from './catalog-list.js';
import {searchMaxOffset, searchPageSize} from './page-limits.js';

/** The playlists matching a search; Enter opens one (if Spotify lets apps read it), `a` plays it. */
export const playlistResultsList: CatalogList<'playlist-results'> = {
	loading: 'as-needed',
	pageSize: searchPageSize,
	maxItems: searchMaxOffset + searchPageSize,
	async load({catalog}, {query}, {offset, limit, signal}) {
		return catalog.search('playlist', query, {offset, limit, signal});
	},
	label: ({query}) => `"${query}"`,
	title: ({label, total}) => `Playlists matching ${label}${total === undefined ? '' : ` · ${total} found`}`,
	loadingText: 'Searching…',
	empty: ({query}) => `No playlist matches "${query}". Press Tab for other kinds, / to search again.`,
	columns: () => [
		{header: 'PLAYLIST', width: 'flex', cell: (playlist) => playlist.name},
		{header: 'OWNER', width: 'flex', hideBelow: 60, cell: (playlist) => playlist.ownerName ?? ''},
		{header: 'TRACKS', width: 6, align: 'right', cell: (playlist) => countText(playlist.total)},
	],
	text: (playlist) => `${playlist.name} ${playlist.ownerName ?? ''}`,
	identity: (playlist) => playlist.id,
	open: (playlist) => ({
		kind: 'list',
		list: {kind: 'playlist-items', subject: {playlistId: playlist.id, playlistName: playlist.name}},
	}),
	playAll: (playlist) => (playlist === undefined ? undefined : {contextUri: playlist.uri}),
	enterHint: 'Enter open',
	playAllHint: 'the playlist',
	queueable: (playlist) => ({type: 'playlist', id: playlist.id}),
	name: (playlist) => playlist.name,
};
