import {counted} from '../../format/counted.js';
import {formatDuration} from '../../format/duration.js';
import {itemFacts} from '../../format/item-facts.js';
import type {CatalogList} from './catalog-list.js';
import {libraryPageSize, listCeiling} from './page-limits.js';
import {playingColumn, savedColumn} from './row-marks.js';

const playlistUri = (id: string) => `spotify:playlist:${id}`;

/**
 * A playlist's tracks and episodes; Enter plays the playlist from the chosen one. Spotify lets
 * apps read only those of playlists the user owns or collaborates on; `a` plays any.
 */
export const playlistItemsList: CatalogList<'playlist-items'> = {
	loading: 'all',
	pageSize: libraryPageSize,
	maxItems: listCeiling,
	async load({library}, {playlistId, playlistName}, {offset, limit, signal}) {
		const [page, playlist] = await Promise.all([
			library.playlistItemsPage(playlistId, {offset, limit, signal}),
			// Opened from a link, the playlist's name is not known yet.
			playlistName === undefined && offset === 0 ? library.playlist(playlistId, {signal}) : undefined,
		]);
		return {...page, label: playlist?.name};
	},
	label: ({playlistId, playlistName}) => playlistName ?? `playlist ${playlistId}`,
	title: ({label, total}) => `${label}${total === undefined ? '' : ` · ${counted(total, 'track')}`}`,
	loadingText: 'Loading the playlist…',
	empty: () => 'This playlist is empty. Press a to play it anyway, or ← to go back.',
	columns: (entries, context) => {
		const numberWidth = Math.max(3, String(entries.length).length);
		return [
			{header: '#', width: numberWidth, align: 'right', cell: (entry) => String(entry.position + 1)},
			playingColumn(context, (entry) => entry.item.uri),
			savedColumn(context, (entry) => entry.item.uri),
			{header: 'TITLE', width: 'flex', cell: (entry) => itemFacts(entry.item).title},
			{header: 'BY', width: 'flex', hideBelow: 60, cell: (entry) => itemFacts(entry.item).by},
			{header: 'TIME', width: 7, align: 'right', cell: (entry) => formatDuration(entry.item.duration_ms)},
		];
	},
	text: (entry) => `${itemFacts(entry.item).title} ${itemFacts(entry.item).by}`,
	identity: (entry) => String(entry.position),
	open: (entry, {playlistId}) =>
		entry.isLocal
			? undefined
			: {kind: 'play', play: {contextUri: playlistUri(playlistId), position: entry.position}},
	playAll: (_entry, {playlistId}) => ({contextUri: playlistUri(playlistId)}),
	enterHint: 'Enter play from here',
	playAllHint: 'the playlist',
	savable: (entry) => (entry.isLocal ? undefined : (entry.item.uri ?? undefined)),
	queueable: (entry) => {
		const {uri} = entry.item;
		return entry.isLocal || uri === null
			? undefined
			: {type: entry.item.type === 'episode' ? 'episode' : 'track', uri};
	},
	needsLogin: true,
	name: (entry) => itemFacts(entry.item).title,
};
