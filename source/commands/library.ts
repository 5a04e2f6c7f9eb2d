import {listedCount} from '../format/catalog-text.js';
import {jsonText} from '../format/terminal-text.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {artistsTable} from './output/catalog-tables.js';
import {artistJson} from './output/json-shapes.js';
import {likedTrackJson, playJson, playlistJson, savedAlbumJson} from './output/library-json.js';
import {likedTracksTable, playlistsTable, playsTable, savedAlbumsTable} from './output/library-tables.js';
import {tableHeading} from './output/table.js';

export const libraryKinds = ['tracks', 'albums', 'playlists', 'recent', 'artists'] as const;
export type LibraryKind = (typeof libraryKinds)[number];

export type LibraryCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

type Shown = {
	readonly json: unknown;
	readonly heading: string;
	readonly table: () => string;
	readonly empty: string;
};

/** `musicterminal library [tracks|albums|playlists|recent|artists]`: Liked Songs when no kind is named. */
export async function runLibraryCommand(
	kind: LibraryKind,
	options: LibraryCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: `library ${kind}`});
	const shown = await listOf(kind, client, io.columns);
	if (options.json === true) {
		io.stdout(jsonText(shown.json));
		return;
	}

	io.stdout(
		shown.empty === '' ? `${tableHeading(shown.heading, io.columns)}\n${shown.table()}` : `${shown.empty}\n`,
	);
}

async function listOf(
	kind: LibraryKind,
	{library}: SpotifyClient,
	columns: number | undefined,
): Promise<Shown> {
	const none = (count: number, sentence: string) => (count === 0 ? sentence : '');
	switch (kind) {
		case 'tracks': {
			const liked = await library.likedTracks();
			return {
				json: {tracks: liked.items.map(likedTrackJson), total: liked.total, capped: liked.capped},
				heading: `Liked Songs: ${listedCount(liked)}, newest first`,
				table: () => likedTracksTable(liked.items, columns),
				empty: none(liked.items.length, 'No liked songs yet: `musicterminal like <track>` saves one.'),
			};
		}

		case 'albums': {
			const albums = await library.savedAlbums();
			return {
				json: {albums: albums.items.map(savedAlbumJson), total: albums.total, capped: albums.capped},
				heading: `Saved albums: ${listedCount(albums)}, newest first`,
				table: () => savedAlbumsTable(albums.items, columns),
				empty: none(albums.items.length, 'No saved albums yet: `musicterminal like <album>` saves one.'),
			};
		}

		case 'playlists': {
			const playlists = await library.playlists();
			return {
				json: {
					playlists: playlists.items.map(playlistJson),
					total: playlists.total,
					capped: playlists.capped,
				},
				heading: `Playlists: ${listedCount(playlists)} (\`musicterminal playlist <id>\` lists one's tracks)`,
				table: () => playlistsTable(playlists.items, columns),
				empty: none(playlists.items.length, 'You have no playlists, and follow none.'),
			};
		}

		case 'recent': {
			const plays = await library.recentlyPlayed();
			return {
				json: {plays: plays.items.map(playJson), capped: plays.capped},
				heading: `Recently played: ${plays.items.length}, newest first`,
				table: () => playsTable(plays.items, columns),
				empty: none(plays.items.length, 'Nothing played recently.'),
			};
		}

		case 'artists': {
			const artists = await library.followedArtists();
			return {
				json: {artists: artists.items.map(artistJson), capped: artists.capped},
				heading: `Artists you follow: ${artists.items.length}`,
				table: () => artistsTable(artists.items, columns),
				empty: none(artists.items.length, 'You follow no artists.'),
			};
		}
	}
}
