import {useEffect} from 'react';
import type {Artist} from '../../spotify/schemas.js';
import type {ListColumn} from '../components/list-view.js';
import {errorText} from '../error-text.js';
import {useArtistSearch} from '../hooks/use-artist-search.js';
import {useListKeys} from '../hooks/use-list-keys.js';
import type {ListScreen as ListScreenState} from '../state/ui-state.js';
import {filterItems, ListScreen} from './list-screen.js';
import type {ScreenProps} from './screen-props.js';

const columns: ReadonlyArray<ListColumn<Artist>> = [
	{header: 'ARTIST', width: 'flex', cell: (artist) => artist.name},
	{header: 'GENRES', width: 'flex', hideBelow: 60, cell: (artist) => artist.genres.join(', ')},
];

/** The artists matching a search, loaded a page at a time as the selection nears the end. */
export function ArtistsScreen({
	screen,
	catalog,
	dispatch,
	isActive,
	filtering,
	width,
	height,
}: ScreenProps<Extract<ListScreenState, {kind: 'artists'}>>) {
	const search = useArtistSearch(catalog, screen.query);
	const {selected, filter} = screen.position;
	const items = filterItems(search.items, filter, (artist) => artist.name);
	const nearEnd = filter === '' && selected >= search.items.length - 3;
	const {loadMore} = search;
	useEffect(() => {
		if (nearEnd) {
			loadMore();
		}
	}, [nearEnd, loadMore]);

	useListKeys({
		count: items.length,
		pageSize: Math.max(1, height - 3),
		isActive,
		typing: filtering,
		dispatch,
		onEnter: () => {
			const artist = items[selected];
			if (artist !== undefined) {
				dispatch({
					type: 'open',
					screen: {
						kind: 'albums',
						artist: {id: artist.id, name: artist.name},
						position: {selected: 0, filter: ''},
					},
				});
			} else if (search.error !== undefined) {
				search.retry();
			}
		},
	});

	const count = search.total === undefined ? '' : ` · ${search.items.length} of ${search.total}`;
	return (
		<ListScreen
			title={`Artists matching "${screen.query}"${count}`}
			items={items}
			columns={columns}
			selected={selected}
			loading={search.loading}
			loadingText="Searching…"
			error={search.error === undefined ? undefined : `${errorText(search.error)} Press Enter to try again.`}
			empty={`No artist matches "${screen.query}". Press / to search again.`}
			filter={filter}
			filtering={filtering}
			width={width}
			height={height}
		/>
	);
}
