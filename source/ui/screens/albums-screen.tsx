import {useState} from 'react';
import {albumKind, countText, listedCount, releaseYear} from '../../format/catalog-text.js';
import type {AlbumGroup} from '../../spotify/catalog-client.js';
import type {SimplifiedAlbum} from '../../spotify/schemas.js';
import type {ListColumn} from '../components/list-view.js';
import {errorText} from '../error-text.js';
import {useListKeys} from '../hooks/use-list-keys.js';
import {useLoad} from '../hooks/use-load.js';
import type {ListScreen as ListScreenState} from '../state/ui-state.js';
import {filterItems, ListScreen} from './list-screen.js';
import type {PlayActions, ScreenProps} from './screen-props.js';

const allGroups: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

const columns: ReadonlyArray<ListColumn<SimplifiedAlbum>> = [
	{header: 'ALBUM', width: 'flex', cell: (album) => album.name},
	{header: 'YEAR', width: 4, cell: (album) => releaseYear(album.release_date)},
	{header: 'TRACKS', width: 6, align: 'right', cell: (album) => countText(album.total_tracks)},
	{header: 'KIND', width: 11, hideBelow: 60, cell: albumKind},
];

/** All of an artist's albums, singles, compilations and appearances. */
export function AlbumsScreen({
	screen,
	catalog,
	dispatch,
	isActive,
	filtering,
	width,
	height,
	playAlbum,
}: ScreenProps<Extract<ListScreenState, {kind: 'albums'}>> & Pick<PlayActions, 'playAlbum'>) {
	const [progress, setProgress] = useState<{loaded: number; total: number} | undefined>(undefined);
	const albums = useLoad(`albums:${screen.artist.id}`, async (signal) =>
		catalog.artistAlbums(screen.artist.id, {
			groups: allGroups,
			signal,
			onProgress: (loaded, total) => {
				if (!signal.aborted) {
					setProgress({loaded, total});
				}
			},
		}),
	);
	const {selected, filter} = screen.position;
	const items = filterItems(albums.value?.items ?? [], filter, (album) => album.name);

	useListKeys({
		count: items.length,
		pageSize: Math.max(1, height - 3),
		isActive,
		typing: filtering,
		dispatch,
		onEnter: () => {
			const album = items[selected];
			if (album !== undefined) {
				dispatch({
					type: 'open',
					screen: {
						kind: 'tracks',
						album: {id: album.id, name: album.name},
						position: {selected: 0, filter: ''},
					},
				});
			} else if (albums.error !== undefined) {
				albums.retry();
			}
		},
		onPlayAlbum: () => {
			const album = items[selected];
			if (album !== undefined) {
				playAlbum(album.uri);
			}
		},
	});

	const count = albums.value === undefined ? '' : ` · ${listedCount(albums.value)}`;
	return (
		<ListScreen
			title={`${screen.artist.name}${count}`}
			items={items}
			columns={columns}
			selected={selected}
			loading={albums.loading}
			loadingText={
				progress === undefined || progress.total === 0
					? 'Loading albums…'
					: `Loading albums ${progress.loaded} of ${progress.total}…`
			}
			error={albums.error === undefined ? undefined : `${errorText(albums.error)} Press Enter to try again.`}
			empty={`${screen.artist.name} has no albums on Spotify.`}
			filter={filter}
			filtering={filtering}
			width={width}
			height={height}
		/>
	);
}
