import {albumKind, artistNames, countText, releaseYear} from '../../format/catalog-text.js';
import type {CatalogList} from './catalog-list.js';
import {searchMaxOffset, searchPageSize} from './page-limits.js';
import {albumRowActions} from './row-actions.js';
import {savedColumn} from './row-marks.js';

/** The albums matching a search; Enter opens one, `a` plays it. */
export const albumResultsList: CatalogList<'album-results'> = {
	loading: 'as-needed',
	pageSize: searchPageSize,
	maxItems: searchMaxOffset + searchPageSize,
	async load({catalog}, {query}, {offset, limit, signal}) {
		return catalog.search('album', query, {offset, limit, signal});
	},
	label: ({query}) => `"${query}"`,
	title: ({label, total}) => `Albums matching ${label}${total === undefined ? '' : ` · ${total} found`}`,
	loadingText: 'Searching…',
	empty: ({query}) => `No album matches "${query}". Press Tab for other kinds, / to search again.`,
	columns: (_albums, context) => [
		{header: 'ALBUM', width: 'flex', cell: (album) => album.name},
		savedColumn(context, (album) => album.uri),
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (album) => artistNames(album.artists)},
		{header: 'YEAR', width: 4, cell: (album) => releaseYear(album.release_date)},
		{
			header: 'TRACKS',
			width: 6,
			align: 'right',
			hideBelow: 70,
			cell: (album) => countText(album.total_tracks),
		},
		{header: 'KIND', width: 11, hideBelow: 80, cell: albumKind},
	],
	text: (album) => `${album.name} ${artistNames(album.artists)}`,
	identity: (album) => album.id,
	...albumRowActions<'album-results'>((album) => album),
};
