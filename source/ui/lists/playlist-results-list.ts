import {countText} from '../../format/catalog-text.js';
import type {CatalogList} from './catalog-list.js';
import {searchMaxOffset, searchPageSize} from './page-limits.js';
import {playlistRowActions} from './row-actions.js';

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
	...playlistRowActions<'playlist-results'>((playlist) => playlist),
};
