import {artistNames, countText, releaseYear} from '../../format/catalog-text.js';
import {formatDuration} from '../../format/duration.js';
import {itemFacts} from '../../format/item-facts.js';
import {localTime} from '../../format/played-at.js';
import type {LibraryPlaylist, PositionedEntry} from '../../spotify/library-client.js';
import type {LikedTrack, PlayedTrack, SavedAlbum} from '../../spotify/library-schemas.js';
import type {Release} from '../../spotify/new-releases.js';
import type {PlayableItem} from '../../spotify/schemas.js';
import {formatTable} from './table.js';

// The library's tables; as in catalog-tables.ts, narrow terminals lose first what a name can do without.

/** `2026-11-30`, from Spotify's timestamps; '' when there is none. */
function day(timestamp: string | null): string {
	return /^\d{4}-\d\d-\d\d/.exec(timestamp ?? '')?.[0] ?? '';
}

export function likedTracksTable(entries: readonly LikedTrack[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'TRACK', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 3},
			{header: 'ALBUM', shrinks: true, dropOrder: 1},
			{header: 'LENGTH', align: 'right', dropOrder: 2},
			{header: 'ADDED', dropOrder: 4},
			{header: 'ID', dropOrder: 5},
		],
		entries.map(({track, addedAt}) => [
			track.name,
			artistNames(track.artists),
			track.album?.name ?? '',
			formatDuration(track.duration_ms),
			day(addedAt),
			track.id,
		]),
		maxWidth,
	);
}

export function savedAlbumsTable(entries: readonly SavedAlbum[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'ALBUM', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 4},
			{header: 'YEAR', dropOrder: 3},
			{header: 'TRACKS', align: 'right', dropOrder: 1},
			{header: 'ADDED', dropOrder: 2},
			{header: 'ID', dropOrder: 5},
		],
		entries.map(({album, addedAt}) => [
			album.name,
			artistNames(album.artists),
			releaseYear(album.release_date),
			countText(album.total_tracks),
			day(addedAt),
			album.id,
		]),
		maxWidth,
	);
}

const relationWords: Record<LibraryPlaylist['relation'], string> = {
	owned: 'yours',
	collaborative: 'collaborative',
	followed: 'followed',
};

export function playlistsTable(playlists: readonly LibraryPlaylist[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'PLAYLIST', shrinks: true},
			{header: 'OWNER', shrinks: true, dropOrder: 2},
			{header: 'TRACKS', align: 'right', dropOrder: 1},
			{header: 'KIND'},
			{header: 'ID', dropOrder: 3},
		],
		playlists.map((playlist) => [
			playlist.name,
			playlist.ownerName ?? '',
			countText(playlist.total),
			relationWords[playlist.relation],
			playlist.id,
		]),
		maxWidth,
	);
}

/** Tracks and episodes in order: a playlist's, or the queue's. */
export function itemsTable(
	rows: ReadonlyArray<{readonly label: string; readonly item: PlayableItem}>,
	maxWidth?: number,
): string {
	return formatTable(
		[
			{header: '#', align: 'right'},
			{header: 'TITLE', shrinks: true},
			{header: 'BY', shrinks: true, dropOrder: 3},
			{header: 'ALBUM', shrinks: true, dropOrder: 1},
			{header: 'LENGTH', align: 'right', dropOrder: 2},
			{header: 'URI', dropOrder: 4},
		],
		rows.map(({label, item}) => {
			const facts = itemFacts(item);
			return [
				label,
				facts.title,
				facts.by,
				facts.album,
				formatDuration(facts.durationMs),
				facts.uri ?? (facts.kind === 'local' ? 'local file' : ''),
			];
		}),
		maxWidth,
	);
}

export function playlistItemsTable(entries: readonly PositionedEntry[], maxWidth?: number): string {
	return itemsTable(
		entries.map((entry) => ({label: String(entry.position + 1), item: entry.item})),
		maxWidth,
	);
}

/** Plays, newest first, at the user's local time. */
export function playsTable(plays: readonly PlayedTrack[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'PLAYED'},
			{header: 'TRACK', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 2},
			{header: 'ALBUM', shrinks: true, dropOrder: 1},
			{header: 'ID', dropOrder: 3},
		],
		plays.map((play) => [
			localTime(play.playedAt),
			play.track.name,
			artistNames(play.track.artists),
			play.track.album?.name ?? '',
			play.track.id,
		]),
		maxWidth,
	);
}

export function releasesTable(releases: readonly Release[], maxWidth?: number): string {
	return formatTable(
		[
			{header: 'RELEASED'},
			{header: 'TITLE', shrinks: true},
			{header: 'ARTIST', shrinks: true, dropOrder: 3},
			{header: 'TYPE', dropOrder: 1},
			{header: 'TRACKS', align: 'right', dropOrder: 2},
			{header: 'ID', dropOrder: 4},
		],
		releases.map(({album, artist}) => [
			album.release_date ?? '',
			album.name,
			artist.name,
			(album.album_type ?? '').toLowerCase(),
			countText(album.total_tracks),
			album.id,
		]),
		maxWidth,
	);
}
