import {useMemo} from 'react';
import {artistNames, listedCount, releaseYear} from '../../format/catalog-text.js';
import {formatDuration} from '../../format/duration.js';
import type {SimplifiedTrack} from '../../spotify/schemas.js';
import type {ListColumn} from '../components/list-view.js';
import {errorText} from '../error-text.js';
import {useListKeys} from '../hooks/use-list-keys.js';
import {useLoad} from '../hooks/use-load.js';
import type {ListScreen as ListScreenState} from '../state/ui-state.js';
import {filterItems, ListScreen} from './list-screen.js';
import type {PlayActions, ScreenProps} from './screen-props.js';

/** An album's tracks; Enter plays the album from the chosen track, `a` from its start. */
export function TracksScreen({
	screen,
	catalog,
	dispatch,
	isActive,
	filtering,
	width,
	height,
	playAlbum,
	playingUri,
}: ScreenProps<Extract<ListScreenState, {kind: 'tracks'}>> & PlayActions) {
	const loaded = useLoad(`tracks:${screen.album.id}`, async (signal) => {
		const album = await catalog.album(screen.album.id, {signal});
		return {album, tracks: await catalog.albumTracks(album, {signal})};
	});
	const tracks = loaded.value?.tracks.items ?? noTracks;
	const {trackNumber, trackNumberWidth} = useMemo(() => trackNumbering(tracks), [tracks]);
	const columns: ReadonlyArray<ListColumn<SimplifiedTrack>> = [
		{header: '#', width: trackNumberWidth, align: 'right', cell: trackNumber},
		{header: '', width: 1, cell: (track) => (track.uri === playingUri ? '♪' : '')},
		{header: 'TITLE', width: 'flex', cell: (track) => track.name},
		{header: '', width: 1, cell: (track) => (track.explicit ? 'E' : '')},
		{header: 'TIME', width: 7, align: 'right', cell: (track) => formatDuration(track.duration_ms)},
	];
	const {selected, filter} = screen.position;
	const items = filterItems(tracks, filter, (track) => track.name);
	const albumUri = `spotify:album:${screen.album.id}`;

	useListKeys({
		count: items.length,
		pageSize: Math.max(1, height - 3),
		isActive,
		typing: filtering,
		dispatch,
		onEnter: () => {
			const track = items[selected];
			if (track !== undefined) {
				playAlbum(albumUri, track.uri);
			} else if (loaded.error !== undefined) {
				loaded.retry();
			}
		},
		onPlayAlbum: () => {
			playAlbum(albumUri);
		},
	});

	const about =
		loaded.value === undefined
			? ''
			: ` · ${artistNames(loaded.value.album.artists)} · ${releaseYear(loaded.value.album.release_date)} · ${listedCount(loaded.value.tracks)} tracks`;
	return (
		<ListScreen
			title={`${screen.album.name}${about}`}
			items={items}
			columns={columns}
			selected={selected}
			loading={loaded.loading}
			loadingText="Loading tracks…"
			error={loaded.error === undefined ? undefined : `${errorText(loaded.error)} Press Enter to try again.`}
			empty="This album has no tracks."
			filter={filter}
			filtering={filtering}
			width={width}
			height={height}
		/>
	);
}

const noTracks: readonly SimplifiedTrack[] = [];

/** Track numbers as the list shows them (with the disc when there are several), and the room they need. */
function trackNumbering(tracks: readonly SimplifiedTrack[]) {
	const discs = new Set(tracks.map((track) => track.disc_number)).size;
	const trackNumber = (track: SimplifiedTrack) =>
		discs > 1 ? `${track.disc_number}-${track.track_number ?? ''}` : String(track.track_number ?? '');
	const trackNumberWidth = tracks.reduce((widest, track) => Math.max(widest, trackNumber(track).length), 3);
	return {trackNumber, trackNumberWidth};
}
