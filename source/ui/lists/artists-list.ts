import type {CatalogList} from './catalog-list.js';
import {searchMaxOffset, searchPageSize} from './page-limits.js';

/** The artists matching a search, a page at a time as the selection nears the end. */
export const artistsList: CatalogList<'artists'> = {
	loading: 'as-needed',
	pageSize: searchPageSize,
	maxItems: searchMaxOffset + searchPageSize,
	async load({catalog}, {query}, {offset, limit, signal}) {
		return catalog.search('artist', query, {offset, limit, signal});
	},
	label: ({query}) => `"${query}"`,
	title: ({label, total}) => `Artists matching ${label}${total === undefined ? '' : ` · ${total} found`}`,
	loadingText: 'Searching…',
	empty: ({query}) => `No artist matches "${query}". Press Tab for other kinds, / to search again.`,
	columns: () => [
		{header: 'ARTIST', width: 'flex', cell: (artist) => artist.name},
		{header: 'GENRES', width: 'flex', hideBelow: 60, cell: (artist) => artist.genres.join(', ')},
	],
	text: (artist) => artist.name,
	identity: (artist) => artist.id,
	open: (artist) => ({
		kind: 'list',
		list: {kind: 'albums', subject: {artistId: artist.id, artistName: artist.name}},
	}),
	enterHint: 'Enter open',
	playAllHint: 'the artist',
	playAll: (artist) => (artist === undefined ? undefined : {contextUri: artist.uri}),
	name: (artist) => artist.name,
};
