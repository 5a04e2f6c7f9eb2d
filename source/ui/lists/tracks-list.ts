import {artistNames, releaseYear} from '../../format/catalog-text.js';
import {counted} from '../../format/counted.js';
import {formatDuration} from '../../format/duration.js';
import type {SimplifiedTrack} from '../../spotify/schemas.js';
import type {CatalogList} from './catalog-list.js';
import {albumTracksPageSize, listCeiling} from './page-limits.js';
import {playingColumn, savedColumn} from './row-marks.js';

const albumUri = (albumId: string) => `spotify:album:${albumId}`;

/** An album's tracks; Enter plays the album from the chosen track, `a` from its start. */
export const tracksList: CatalogList<'tracks'> = {
	loading: 'all',
	pageSize: albumTracksPageSize,
	maxItems: listCeiling,
	async load({catalog}, {albumId}, {offset, limit, signal}) {
		if (offset > 0) {
			return catalog.albumTracksPage(albumId, {offset, limit, signal});
		}

		// The album comes with its first page of tracks.
		const album = await catalog.album(albumId, {signal});
		return {
			...album.tracks,
			label: album.name,
			about: [artistNames(album.artists), releaseYear(album.release_date)]
				.filter((part) => part !== '')
				.join(' · '),
		};
	},
	label: ({albumId, albumName}) => albumName ?? `album ${albumId}`,
	title: ({label, about, total}) =>
		[label, about, total === undefined ? undefined : counted(total, 'track')]
			.filter((part) => part !== undefined)
			.join(' · '),
	loadingText: 'Loading tracks…',
	empty: () => 'This album has no tracks.',
	columns: (tracks, context) => {
		const discs = new Set(tracks.map((track) => track.disc_number)).size;
		const number = (track: SimplifiedTrack) =>
			discs > 1 ? `${track.disc_number}-${track.track_number ?? ''}` : String(track.track_number ?? '');
		const numberWidth = Math.max(3, String(tracks.length).length + (discs > 1 ? 2 : 0));
		// Wide enough for 1:02:45, and for the longest time there is.
		const timeWidth = tracks.reduce(
			(widest, track) => Math.max(widest, formatDuration(track.duration_ms).length),
			7,
		);
		return [
			{header: '#', width: numberWidth, align: 'right', cell: number},
			playingColumn(context, (track) => track.uri),
			savedColumn(context, (track) => track.uri),
			{header: 'TITLE', width: 'flex', cell: (track) => track.name},
			{header: '', width: 1, cell: (track) => (track.explicit ? 'E' : '')},
			{header: 'TIME', width: timeWidth, align: 'right', cell: (track) => formatDuration(track.duration_ms)},
		];
	},
	text: (track) => track.name,
	identity: (track) => track.id,
	open: (track, {albumId}) => ({kind: 'play', play: {contextUri: albumUri(albumId), trackUri: track.uri}}),
	playAll: (_track, {albumId}) => ({contextUri: albumUri(albumId)}),
	enterHint: 'Enter play',
	playAllHint: 'the album',
	savable: (track) => track.uri,
	queueable: (track) => ({type: 'track', uri: track.uri}),
	name: (track) => track.name,
};
