import {artistNames, listedCount, releaseYear} from '../format/catalog-text.js';
import {formatDuration} from '../format/duration.js';
import {jsonText} from '../format/terminal-text.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {albumTracksTable} from './output/catalog-tables.js';
import {albumJson, trackJson} from './output/json-shapes.js';
import {tableHeading} from './output/table.js';
import {resolveAlbum} from './resolve-item.js';

export type TracksCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** `musicterminal tracks <album>`: every track of the album, in order. */
export async function runTracksCommand(
	albumArgument: string,
	options: TracksCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io);
	const album = await resolveAlbum(albumArgument, {catalog: client.catalog, io});
	const tracks = await client.catalog.albumTracks(album);
	if (options.json === true) {
		io.stdout(
			jsonText({
				album: albumJson(album),
				tracks: tracks.items.map(trackJson),
				total: tracks.total,
				capped: tracks.capped,
			}),
		);
		return;
	}

	const length = formatDuration(tracks.items.reduce((sum, track) => sum + track.duration_ms, 0));
	const heading = [album.name, artistNames(album.artists), releaseYear(album.release_date)]
		.filter((part) => part !== '')
		.join(' · ');
	io.stdout(
		`${tableHeading(`${heading} · ${listedCount(tracks, 'track')}, ${length}`, io.columns)}
${albumTracksTable(tracks.items, io.columns)}`,
	);
}
