import {artistNames} from '../../format/catalog-text.js';
import {playedAtText} from '../../format/played-at.js';
import type {CatalogList} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';
import {playingColumn, savedColumn} from './row-marks.js';

/** What the user played, newest first, as Spotify keeps it (cursor-paged: loaded whole). */
export const recentlyPlayedList: CatalogList<'recently-played'> = {
	loading: 'whole',
	pageSize: listCeiling,
	maxItems: listCeiling,
	async load({library}, _subject, {signal, limit, progress}) {
		const plays = await library.recentlyPlayed({
			signal,
			onPage: (items) => progress({items, total: items.length, sent: libraryPageSize}),
		});
		return {items: plays.items, total: plays.items.length, sent: plays.capped ? limit : plays.items.length};
	},
	label: () => 'Recently played',
	title: ({total}) => `Recently played${total === undefined ? '' : ` · ${total}`}`,
	loadingText: 'Loading what you played…',
	empty: () => 'Nothing played recently.',
	columns: (_plays, context) => [
		{header: 'PLAYED', width: 16, cell: (play) => playedAtText(play.playedAt, Date.now())},
		playingColumn(context, (play) => play.track.uri),
		savedColumn(context, (play) => play.track.uri),
		{header: 'TITLE', width: 'flex', cell: (play) => play.track.name},
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (play) => artistNames(play.track.artists)},
	],
	text: (play) => `${play.track.name} ${artistNames(play.track.artists)}`,
	identity: (play) => `${play.playedAt ?? ''} ${play.track.uri}`,
	// In the album or playlist it was played from, from that track; anywhere else, alone.
	open: (play) => ({
		kind: 'play',
		play: /^spotify:(album|playlist):/.test(play.contextUri ?? '')
			? {contextUri: play.contextUri ?? '', trackUri: play.track.uri}
			: {trackUris: [play.track.uri]},
	}),
	enterHint: 'Enter play',
	savable: (play) => play.track.uri,
	queueable: (play) => ({type: 'track', uri: play.track.uri}),
	needsLogin: true,
	name: (play) => play.track.name,
};
