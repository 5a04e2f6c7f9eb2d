import {artistNames, countText, releaseYear} from '../../format/catalog-text.js';
import {formatDuration} from '../../format/duration.js';
import type {Artist, Device, SimplifiedAlbum, SimplifiedTrack, Track} from '../../spotify/schemas.js';
import {formatTable} from './table.js';

export function artistsTable(artists: readonly Artist[], maxWidth?: number): string {
	return formatTable(
		[{header: 'ID'}, {header: 'ARTIST', shrinks: true}, {header: 'GENRES', shrinks: true, dropOrder: 1}],
		artists.map((artist) => [artist.id, artist.name, artist.genres.join(', ')]),
		maxWidth,
	);
}

// Narrow terminals lose first what a name or an id can do without: kinds, counts, lengths, ids of devices.

/** An artist's albums; `withArtist` adds the artist column (search results mix artists). */
export function albumsTable(
	albums: readonly SimplifiedAlbum[],
	{withArtist = true, maxWidth}: {withArtist?: boolean; maxWidth?: number | undefined} = {},
): string {
	return formatTable(
		[
			{header: 'ID'},
			{header: 'ALBUM', shrinks: true},
			...(withArtist ? [{header: 'ARTIST', shrinks: true, dropOrder: 3}] : []),
			{header: 'YEAR', dropOrder: 4},
			{header: 'TRACKS', align: 'right' as const, dropOrder: 2},
			{header: 'TYPE', dropOrder: 1},
		],
		albums.map((album) => [
			album.id,
			album.name,
			...(withArtist ? [artistNames(album.artists)] : []),
			releaseYear(album.release_date),
			countText(album.total_tracks),
			(album.album_type ?? '').toLowerCase(),
		]),
		maxWidth,
	);
}

/** Search results: tracks with their album. */
export function tracksTable(tracks: readonly Track[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'ID'},
			{header: 'TRACK', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 2},
			{header: 'ALBUM', shrinks: true, dropOrder: 1},
			{header: 'LENGTH', align: 'right', dropOrder: 3},
		],
		tracks.map((track) => [
			track.id,
			track.name,
			artistNames(track.artists),
			track.album?.name ?? '',
			formatDuration(track.duration_ms),
		]),
		maxWidth,
	);
}

/** An album's tracks, numbered as on the album (disc-track when it has several discs). */
export function albumTracksTable(tracks: readonly SimplifiedTrack[], maxWidth?: number): string {
	const discs = new Set(tracks.map((track) => track.disc_number)).size;
	return formatTable(
		[
			{header: '#', align: 'right'},
			{header: 'TRACK', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 1},
			{header: 'LENGTH', align: 'right', dropOrder: 2},
			{header: 'ID'},
		],
		tracks.map((track) => [
			discs > 1 ? `${track.disc_number}-${countText(track.track_number)}` : countText(track.track_number),
			track.name,
			artistNames(track.artists),
			formatDuration(track.duration_ms),
			track.id,
		]),
		maxWidth,
	);
}

export function devicesTable(devices: readonly Device[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'NAME', shrinks: true},
			{header: 'TYPE', dropOrder: 1},
			{header: 'VOLUME', align: 'right', dropOrder: 3},
			{header: 'STATE'},
			// --device takes the name as well.
			{header: 'ID', dropOrder: 2},
		],
		devices.map((device) => [
			device.name,
			device.type,
			device.volume_percent === null || !device.supports_volume ? '-' : `${device.volume_percent}%`,
			device.is_restricted ? 'no remote control' : device.is_active ? 'active' : '',
			device.id ?? '-',
		]),
		maxWidth,
	);
}
