import {albumKind, artistNames, countText, releaseYear} from '../../format/catalog-text.js';
import type {CatalogList} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';
import {albumRowActions} from './row-actions.js';
import {savedColumn} from './row-marks.js';

/** The albums saved in the library, newest first. */
export const savedAlbumsList: CatalogList<'saved-albums'> = {
	loading: 'all',
	pageSize: libraryPageSize,
	maxItems: listCeiling,
	async load({library}, _subject, {offset, limit, signal}) {
		return library.savedAlbumsPage({offset, limit, signal});
	},
	label: () => 'Albums',
	title: ({total}) => `Your albums${total === undefined ? '' : ` · ${total}`}`,
	loadingText: 'Loading your albums…',
	empty: () => 'No saved albums yet: press L on an album to save it.',
	columns: (_entries, context) => [
		{header: 'ALBUM', width: 'flex', cell: (entry) => entry.album.name},
		savedColumn(context, (entry) => entry.album.uri),
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (entry) => artistNames(entry.album.artists)},
		{header: 'YEAR', width: 4, cell: (entry) => releaseYear(entry.album.release_date)},
		{
			header: 'TRACKS',
			width: 6,
			align: 'right',
			hideBelow: 70,
			cell: (entry) => countText(entry.album.total_tracks),
		},
		{header: 'KIND', width: 11, hideBelow: 90, cell: (entry) => albumKind(entry.album)},
	],
	text: (entry) => `${entry.album.name} ${artistNames(entry.album.artists)}`,
	identity: (entry) => entry.album.uri,
	...albumRowActions<'saved-albums'>((entry) => entry.album),
	allSaved: true,
	needsLogin: true,
};
