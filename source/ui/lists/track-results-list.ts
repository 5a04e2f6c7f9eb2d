import {artistNames} from '../../format/catalog-text.js';
import {formatDuration} from '../../format/duration.js';
import type {CatalogList} from './catalog-list.js';
import {searchMaxOffset, searchPageSize} from './page-limits.js';
import {playingColumn, savedColumn} from './row-marks.js';

/** The tracks matching a search; Enter plays one in its album, from there. */
export const trackResultsList: CatalogList<'track-results'> = {
	loading: 'as-needed',
	pageSize: searchPageSize,
	maxItems: searchMaxOffset + searchPageSize,
	async load({catalog}, {query}, {offset, limit, signal}) {
		return catalog.search('track', query, {offset, limit, signal});
	},
	label: ({query}) => `"${query}"`,
	title: ({label, total}) => `Tracks matching ${label}${total === undefined ? '' : ` · ${total} found`}`,
	loadingText: 'Searching…',
	empty: ({query}) => `No track matches "${query}". Press Tab for other kinds, / to search again.`,
	columns: (_tracks, context) => [
		playingColumn(context, (track) => track.uri),
		savedColumn(context, (track) => track.uri),
		{header: 'TITLE', width: 'flex', cell: (track) => track.name},
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (track) => artistNames(track.artists)},
		{header: 'ALBUM', width: 'flex', hideBelow: 80, cell: (track) => track.album?.name ?? ''},
		{header: 'TIME', width: 7, align: 'right', cell: (track) => formatDuration(track.duration_ms)},
	],
	text: (track) => `${track.name} ${artistNames(track.artists)}`,
	identity: (track) => track.id,
	open: (track) => ({
		kind: 'play',
		play:
			track.album?.uri === undefined || track.album.uri === null
				? {trackUris: [track.uri]}
				: {contextUri: track.album.uri, trackUri: track.uri},
	}),
	playAll: (track) =>
		track?.album?.uri === undefined || track.album.uri === null ? undefined : {contextUri: track.album.uri},
	enterHint: 'Enter play',
	playAllHint: 'its album',
	savable: (track) => track.uri,
	queueable: (track) => ({type: 'track', uri: track.uri}),
	name: (track) => track.name,
};
