import {counted} from './counted.js';

// Facts about catalog items as both the commands' tables and the terminal UI print them. Spotify
// may leave any of them out (older answers, local files), so each has an empty form.

/** The artists' names, those that have one, joined by commas. */
export function artistNames(artists: ReadonlyArray<{readonly name: string}>): string {
	return artists
		.map((artist) => artist.name)
		.filter((name) => name !== '')
		.join(', ');
}

/** The year of a release date (`1997`, `1997-05`, `1997-05-21`); '' when there is none. */
export function releaseYear(releaseDate: string | null): string {
	return /^\d{4}/.exec(releaseDate ?? '')?.[0] ?? '';
}

/** album, single, compilation, appears on, or whatever kind Spotify names; '' when it names none. */
export function albumKind(album: {
	readonly album_group?: string | null;
	readonly album_type: string | null;
}): string {
	return (album.album_group ?? album.album_type ?? '').replaceAll('_', ' ').toLowerCase();
}

/** A count that may be unknown: '' then. */
export function countText(count: number | null): string {
	return count === null ? '' : String(count);
}

/**
 * How many a list shows: `331`, or `first 2,000 of 14,487,814` when it stopped at its ceiling;
 * with a noun, `1 track`, `331 tracks`, `first 2,000 of 14,487,814 tracks`.
 */
export function listedCount(
	listing: {
		readonly items: readonly unknown[];
		readonly total: number;
		readonly capped: boolean;
	},
	noun?: string,
): string {
	const shown = listing.items.length;
	const count = listing.capped ? `first ${grouped(shown)} of ${grouped(listing.total)}` : String(shown);
	return noun === undefined ? count : counted(count, noun);
}

function grouped(count: number): string {
	return count.toLocaleString('en-US');
}
