import type {Catalog} from '../catalog/catalog.js';
import {SeededRandom} from '../catalog/random.js';
import type {PlaylistOwner, PlaylistRelation, PlayRecord, SandboxPlaylist, SavedEntry} from './types.js';

/** Everything the library starts with; `UserLibrary` keeps it and what changes it. */
export type LibraryData = {
	readonly likedTracks: readonly SavedEntry[];
	readonly savedAlbums: readonly SavedEntry[];
	readonly followedArtistIds: readonly string[];
	readonly playlists: readonly SandboxPlaylist[];
	readonly history: readonly PlayRecord[];
};

const likedTrackCount = 150;
const savedAlbumCount = 60;
const followedArtistCount = 30;
const playedBefore = 40;
const hourMs = 3_600_000;

type PlaylistPlan = {
	readonly name: string;
	readonly description: string;
	readonly relation: PlaylistRelation;
	readonly owner?: PlaylistOwner;
	readonly trackCount: number;
	/** Podcast episodes among the tracks, as playlists may hold them. */
	readonly episodeCount?: number;
	readonly public?: boolean;
};

const spotifyEditor: PlaylistOwner = {id: 'spotify', displayName: 'Spotify'};

/**
 * The user's own playlists (one long enough to page, one empty, one with podcast episodes), two
 * they collaborate on, and two they follow, whose items Spotify keeps from apps.
 */
const playlistPlans: readonly PlaylistPlan[] = [
	{name: 'Late Night Drive', description: 'Windows down, city lights.', relation: 'owned', trackCount: 45},
	{
		name: 'Morning Coffee',
		description: 'Slow starts and the news.',
		relation: 'owned',
		trackCount: 12,
		episodeCount: 2,
		public: false,
	},
	{name: 'Road Trip 2026', description: '', relation: 'owned', trackCount: 130},
	{name: 'Empty Ideas', description: 'Nothing here yet.', relation: 'owned', trackCount: 0, public: false},
	{
		name: 'Friday Office Mix',
		description: 'Everyone adds one.',
		relation: 'collaborative',
		owner: {id: 'office-dj', displayName: 'Office DJ'},
		trackCount: 25,
		public: false,
	},
	{
		name: 'Summer House',
		description: '',
		relation: 'collaborative',
		owner: {id: 'mika-n', displayName: 'Mika'},
		trackCount: 18,
		public: false,
	},
	{
		name: 'Deep Focus',
		description: 'Keep calm and focus.',
		relation: 'followed',
		owner: spotifyEditor,
		trackCount: 80,
	},
	{
		name: 'Indie Discoveries',
		description: 'Fresh finds, picked by hand.',
		relation: 'followed',
		owner: {id: 'tastemaker-anna', displayName: 'Anna Lindqvist'},
		trackCount: 40,
	},
];

/**
 * The demo user's library from the catalog, the same for the same seed: liked songs (three pages
 * of 50), saved albums, followed artists (those with the newest releases among them), playlists,
 * and plays from the days before `now`.
 */
export function generateLibrary(
	catalog: Catalog,
	seed: number,
	user: PlaylistOwner,
	now: number,
): LibraryData {
	// A stream of its own, so the catalog's ids stay what they were.
	const random = new SeededRandom(seed ^ 0x5f_3e_11_b7);
	const likedTracks = random
		.shuffled(catalog.tracks)
		.slice(0, likedTrackCount)
		.map((track, index) => ({id: track.id, addedAt: now - (index + 1) * 7 * hourMs}));
	const savedAlbums = random
		.shuffled(catalog.albums)
		.slice(0, savedAlbumCount)
		.map((album, index) => ({id: album.id, addedAt: now - (index + 1) * 30 * hourMs}));
	const usedIds = new Set<string>();
	const newId = () => {
		let id = random.base62Id();
		while (usedIds.has(id) || catalog.track(id) !== undefined || catalog.album(id) !== undefined) {
			id = random.base62Id();
		}

		usedIds.add(id);
		return id;
	};

	const episodes = catalog.showEpisodes(catalog.highlights.showId);
	const playlists = playlistPlans.map((plan): SandboxPlaylist => {
		const tracks = Array.from({length: plan.trackCount}, () => random.pick(catalog.tracks).id);
		const withEpisodes = [
			...episodes.slice(0, plan.episodeCount ?? 0).map((episode) => episode.id),
			...tracks,
		];
		return {
			id: newId(),
			name: plan.name,
			description: plan.description,
			owner: plan.owner ?? user,
			relation: plan.relation,
			public: plan.public ?? true,
			itemIds: withEpisodes,
			addedAt: withEpisodes.map((_id, index) => now - (withEpisodes.length - index) * 20 * hourMs),
		};
	});
	const history = likedTracks.slice(0, playedBefore).map(
		(entry, index): PlayRecord => ({
			trackId: entry.id,
			playedAt: now - (index + 1) * 5 * 60_000 - 2 * 24 * hourMs,
			contextUri: `spotify:album:${catalog.track(entry.id)?.albumId ?? ''}`,
		}),
	);
	return {
		likedTracks,
		savedAlbums,
		followedArtistIds: followedArtists(catalog, random),
		playlists,
		history,
	};
}

/**
 * The prolific artist, the artists with the newest releases (so that new releases have something
 * new), those with names in every script, and a few more.
 */
function followedArtists(catalog: Catalog, random: SeededRandom): string[] {
	const latest = (artistId: string) =>
		catalog
			.artistAlbums(artistId, ['album', 'single'])
			.reduce((newest, entry) => (entry.album.releaseDate > newest ? entry.album.releaseDate : newest), '');
	const byNewest = catalog.artists
		.map((artist) => ({id: artist.id, latest: latest(artist.id)}))
		.sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0))
		.map((entry) => entry.id);
	const chosen = new Set([
		catalog.highlights.prolificArtistId,
		...byNewest.slice(0, 12),
		...catalog.highlights.roughNameArtistIds,
	]);
	for (const artist of random.shuffled(catalog.artists)) {
		if (chosen.size >= followedArtistCount) {
			break;
		}

		chosen.add(artist.id);
	}

	return [...chosen];
}
