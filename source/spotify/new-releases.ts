import pLimit from 'p-limit';
import type {CatalogClient} from './catalog-client.js';
import type {LibraryClient} from './library-client.js';
import type {ArtistReleases, ReleaseCache} from './release-cache.js';
import type {Artist, SimplifiedAlbum} from './schemas.js';
import type {AsyncMethods} from './spotify-client.js';
import {SpotifyApiError} from './spotify-errors.js';

/** An album or single of an artist the user follows. */
export type Release = {
	readonly album: SimplifiedAlbum;
	readonly artist: {readonly id: string; readonly name: string};
};

export type NewReleases = {
	/** Newest first. */
	readonly releases: readonly Release[];
	/** Artists followed, and how many of them could not be read this time. */
	readonly artists: number;
	readonly failed: number;
};

/** An artist's releases are read again once a day at most. */
export const releasesLifetimeMs = 24 * 60 * 60 * 1000;
/** Each of an artist's newest albums and newest singles: one page of each. */
const perGroup = 5;
/** Two requests an artist, so four in flight. */
const artistsAtOnce = 2;
/** The most releases shown, newest first. */
const mostReleases = 2000;
/** Releases known so far are told at most this often while more artists are read. */
const progressEveryMs = 100;

export type NewReleasesOptions = {
	readonly catalog: AsyncMethods<CatalogClient>;
	readonly library: AsyncMethods<LibraryClient>;
	readonly cache: ReleaseCache;
	readonly now: () => number;
	readonly signal?: AbortSignal | undefined;
	/** Told the releases known so far each time more come: those kept from earlier runs first. */
	readonly onProgress?: ((known: NewReleases) => void) | undefined;
};

/**
 * New releases from the artists the user follows: Spotify no longer gives apps its own list, so it
 * is made of each followed artist's newest albums and singles, newest first. What was read in the
 * last day is taken from the cache; the rest is read a few artists at a time, and kept.
 */
export async function loadNewReleases({
	catalog,
	library,
	cache,
	now,
	signal,
	onProgress,
}: NewReleasesOptions): Promise<NewReleases> {
	const followed = (await library.followedArtists({signal})).items;
	const kept = cache.read();
	const entries = new Map<string, ArtistReleases>();
	const stale: Artist[] = [];
	for (const artist of followed) {
		const entry = kept.get(artist.id);
		if (entry !== undefined && now() - entry.fetchedAt < releasesLifetimeMs && entry.fetchedAt <= now()) {
			entries.set(artist.id, entry);
		} else {
			stale.push(artist);
		}
	}

	let failed = 0;
	const known = () => ({releases: merge(followed, entries), artists: followed.length, failed});
	if (entries.size > 0 || stale.length === 0) {
		onProgress?.(known());
	}

	// Each report sorts every release known: for thousands of artists, a few a second is enough.
	let reportedAt = Number.NEGATIVE_INFINITY;
	const report = () => {
		if (onProgress !== undefined && now() - reportedAt >= progressEveryMs) {
			reportedAt = now();
			onProgress(known());
		}
	};

	const limit = pLimit(artistsAtOnce);
	let stoppedBy: unknown;
	await Promise.all(
		stale.map(async (artist) =>
			limit(async () => {
				if (signal?.aborted === true || stoppedBy !== undefined) {
					return;
				}

				try {
					entries.set(artist.id, {fetchedAt: now(), albums: await latestOf(catalog, artist.id, signal)});
				} catch (error) {
					failed += 1;
					if (!concernsOneArtist(error)) {
						stoppedBy ??= error;
					}

					// An older reading, if there is one, is better than none.
					const older = kept.get(artist.id);
					if (older !== undefined) {
						entries.set(artist.id, older);
					}

					return;
				}

				report();
			}),
		),
	);
	const stillFollowed = followed.flatMap((artist) => {
		const entry = entries.get(artist.id);
		return entry === undefined ? [] : [[artist.id, entry] as const];
	});
	cache.write(new Map(stillFollowed));
	signal?.throwIfAborted();
	// An artist Spotify no longer has is passed over; a failure that stopped the rest (a long
	// 429, the network, the login) is told, and what was read so far is kept for next time.
	if (stoppedBy !== undefined) {
		throw stoppedBy;
	}

	return known();
}

async function latestOf(
	catalog: AsyncMethods<CatalogClient>,
	artistId: string,
	signal: AbortSignal | undefined,
): Promise<SimplifiedAlbum[]> {
	const [albums, singles] = await Promise.all(
		(['album', 'single'] as const).map(async (group) =>
			catalog.artistAlbumsPage(artistId, {groups: [group], offset: 0, limit: perGroup, signal}),
		),
	);
	return [...(albums?.items ?? []), ...(singles?.items ?? [])];
}

function concernsOneArtist(error: unknown): boolean {
	return error instanceof SpotifyApiError && (error.status === 404 || error.status === 400);
}

function merge(followed: readonly Artist[], entries: ReadonlyMap<string, ArtistReleases>): Release[] {
	const seen = new Set<string>();
	const releases: Release[] = [];
	for (const artist of followed) {
		for (const album of entries.get(artist.id)?.albums ?? []) {
			if (!seen.has(album.id)) {
				seen.add(album.id);
				releases.push({album, artist: {id: artist.id, name: artist.name}});
			}
		}
	}

	return releases.sort(newestFirst).slice(0, mostReleases);
}

function newestFirst(a: Release, b: Release): number {
	const dateA = a.album.release_date ?? '';
	const dateB = b.album.release_date ?? '';
	return dateA < dateB ? 1 : dateA > dateB ? -1 : a.album.name.localeCompare(b.album.name);
}
