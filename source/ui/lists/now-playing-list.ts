import type {CatalogList} from './catalog-list.js';
import {nowPlayingRows} from './now-playing-rows.js';
import {savedColumn} from './row-marks.js';

/** What plays, with a row each for its album, its artists and its playlist, which Enter opens. */
export const nowPlayingList: CatalogList<'now-playing'> = {
	loading: 'all',
	pageSize: 20,
	maxItems: 20,
	async load({player, library}, _subject, {signal}) {
		const rows = nowPlayingRows(await player.state({signal}));
		// A playlist is named by its URI alone; its name takes one more request.
		const named = await Promise.all(
			rows.map(async (row) =>
				row.kind === 'playlist'
					? {...row, text: (await library.playlist(row.id, {signal}).catch(() => undefined))?.name ?? row.uri}
					: row,
			),
		);
		return {items: named, total: named.length};
	},
	label: () => 'Now playing',
	title: () => 'Now playing',
	loadingText: 'Reading what plays…',
	empty: () => 'Nothing is playing: choose a track and press Enter.',
	columns: (_rows, context) => [
		{header: '', width: 10, cell: (row) => row.label},
		savedColumn(context, (row) => row.uri),
		{header: '', width: 'flex', cell: (row) => row.text},
	],
	text: (row) => row.text,
	identity: (row) => `${row.kind} ${row.uri ?? ''}`,
	open: (row) => {
		switch (row.kind) {
			case 'album': {
				return {kind: 'list', list: {kind: 'tracks', subject: {albumId: row.id, albumName: row.text}}};
			}

			case 'artist': {
				return {kind: 'list', list: {kind: 'albums', subject: {artistId: row.id, artistName: row.text}}};
			}

			case 'playlist': {
				return {
					kind: 'list',
					list: {kind: 'playlist-items', subject: {playlistId: row.id, playlistName: row.text}},
				};
			}

			case 'item': {
				return undefined;
			}
		}
	},
	enterHint: 'Enter open',
	savable: (row) => (row.kind === 'item' || row.kind === 'album' ? (row.uri ?? undefined) : undefined),
	needsLogin: true,
	followsPlayer: true,
	name: (row) => row.text,
};
