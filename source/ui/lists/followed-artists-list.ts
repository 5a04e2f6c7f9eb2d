import type {CatalogList} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';

/** The artists the user follows (cursor-paged: loaded whole); Enter opens their albums. */
export const followedArtistsList: CatalogList<'followed-artists'> = {
	loading: 'whole',
	pageSize: listCeiling,
	maxItems: listCeiling,
	async load({library}, _subject, {signal, limit, progress}) {
		const artists = await library.followedArtists({
			signal,
			onPage: (items) => progress({items, total: items.length, sent: libraryPageSize}),
		});
		return {
			items: artists.items,
			total: artists.items.length,
			sent: artists.capped ? limit : artists.items.length,
		};
	},
	label: () => 'Artists you follow',
	title: ({total}) => `Artists you follow${total === undefined ? '' : ` · ${total}`}`,
	loadingText: 'Loading the artists you follow…',
	empty: () => 'You follow no artists.',
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
	playAll: (artist) => (artist === undefined ? undefined : {contextUri: artist.uri}),
	enterHint: 'Enter open',
	playAllHint: 'the artist',
	needsLogin: true,
	name: (artist) => artist.name,
};
