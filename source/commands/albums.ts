import {listedCount} from '../format/catalog-text.js';
import {excerpt, jsonText} from '../format/terminal-text.js';
import type {AlbumGroup} from '../spotify/catalog-client.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {albumsTable} from './output/catalog-tables.js';
import {albumJson, artistJson} from './output/json-shapes.js';
import {tableHeading} from './output/table.js';
import {resolveArtist} from './resolve-item.js';

export type AlbumsCommandOptions = GlobalOptions & {
	readonly groups: readonly AlbumGroup[];
	readonly json?: boolean | undefined;
};

/** `musicterminal albums <artist>`: every album of the artist, as Spotify orders them. */
export async function runAlbumsCommand(
	artistArgument: string,
	options: AlbumsCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io);
	const artist = await resolveArtist(artistArgument, {catalog: client.catalog, io});
	const albums = await client.catalog.artistAlbums(artist.id, {groups: options.groups});
	if (options.json === true) {
		io.stdout(
			jsonText({
				artist: artistJson(artist),
				albums: albums.items.map(albumJson),
				total: albums.total,
				capped: albums.capped,
			}),
		);
		return;
	}

	const count = listedCount(albums, 'album');
	io.stdout(
		albums.items.length === 0
			? `${excerpt(artist.name)} has no albums of the kinds asked for (${options.groups.join(', ')}).\n`
			: `${tableHeading(`${artist.name}: ${count}`, io.columns)}\n${albumsTable(albums.items, {withArtist: false, maxWidth: io.columns})}`,
	);
}
