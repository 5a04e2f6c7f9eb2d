import {artistNames} from '../../format/catalog-text.js';
import {counted} from '../../format/counted.js';
import {formatDuration} from '../../format/duration.js';
import type {LikedTrack} from '../../spotify/library-schemas.js';
import type {CatalogList, LoadedRows, PlayTarget} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';
import {mostTracksPlayed, playingColumn, savedColumn} from './row-marks.js';

/**
 * Liked Songs, newest first. The Web API has no context for them, so playing one plays the
 * tracks from it on as a list (up to 100), as Spotify's apps play on through the collection.
 */
export const likedSongsList: CatalogList<'liked-songs'> = {
	loading: 'all',
	pageSize: libraryPageSize,
	maxItems: listCeiling,
	async load({library}, _subject, {offset, limit, signal}) {
		return library.likedTracksPage({offset, limit, signal});
	},
	label: () => 'Liked Songs',
	title: ({total}) => `Liked Songs${total === undefined ? '' : ` · ${counted(total, 'track')}`}`,
	loadingText: 'Loading your Liked Songs…',
	empty: () => 'No liked songs yet: press L on a track to save it.',
	columns: (_entries, context) => [
		playingColumn(context, (entry) => entry.track.uri),
		savedColumn(context, (entry) => entry.track.uri),
		{header: 'TITLE', width: 'flex', cell: (entry) => entry.track.name},
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (entry) => artistNames(entry.track.artists)},
		{header: 'ALBUM', width: 'flex', hideBelow: 90, cell: (entry) => entry.track.album?.name ?? ''},
		{header: 'TIME', width: 7, align: 'right', cell: (entry) => formatDuration(entry.track.duration_ms)},
	],
	text: (entry) => `${entry.track.name} ${artistNames(entry.track.artists)}`,
	identity: (entry) => entry.track.uri,
	open: (_entry, _subject, rows) => ({kind: 'play', play: tracksFrom(rows)}),
	playAll: (_entry, _subject, rows) =>
		rows.items.length === 0 ? undefined : tracksFrom({...rows, index: 0}),
	enterHint: 'Enter play from here',
	playAllHint: 'from the first',
	savable: (entry) => entry.track.uri,
	queueable: (entry) => ({type: 'track', uri: entry.track.uri}),
	allSaved: true,
	needsLogin: true,
	name: (entry) => entry.track.name,
};

function tracksFrom({items, index}: LoadedRows<LikedTrack>): PlayTarget {
	return {trackUris: items.slice(index, index + mostTracksPlayed).map((entry) => entry.track.uri)};
}
