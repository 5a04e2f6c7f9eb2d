import {albumKind, countText, releaseYear} from '../../format/catalog-text.js';
import type {AlbumGroup} from '../../spotify/catalog-client.js';
import type {CatalogList} from './catalog-list.js';
import {artistAlbumsPageSize, listCeiling} from './page-limits.js';
import {albumRowActions} from './row-actions.js';
import {savedColumn} from './row-marks.js';

const allGroups: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

/** All of an artist's albums, singles, compilations and appearances, shown as their pages come. */
export const albumsList: CatalogList<'albums'> = {
	loading: 'all',
	pageSize: artistAlbumsPageSize,
	maxItems: listCeiling,
	async load({catalog}, {artistId, artistName}, {offset, limit, signal}) {
		const [page, artist] = await Promise.all([
			catalog.artistAlbumsPage(artistId, {groups: allGroups, offset, limit, signal}),
			// Opened from a link, the artist's name is not known yet.
			artistName === undefined && offset === 0 ? catalog.artist(artistId, {signal}) : undefined,
		]);
		return {...page, label: artist?.name};
	},
	label: ({artistId, artistName}) => artistName ?? `artist ${artistId}`,
	title: ({label, total}) =>
		`${label}${total === undefined ? '' : ` · ${total} ${total === '1' ? 'album' : 'albums'}`}`,
	loadingText: 'Loading albums…',
	empty: (subject) => `${albumsList.label(subject)} has no albums on Spotify.`,
	columns: (_albums, context) => [
		{header: 'ALBUM', width: 'flex', cell: (album) => album.name},
		savedColumn(context, (album) => album.uri),
		{header: 'YEAR', width: 4, cell: (album) => releaseYear(album.release_date)},
		{header: 'TRACKS', width: 6, align: 'right', cell: (album) => countText(album.total_tracks)},
		{header: 'KIND', width: 11, hideBelow: 60, cell: albumKind},
	],
	text: (album) => album.name,
	identity: (album) => album.id,
	...albumRowActions<'albums'>((album) => album),
};
