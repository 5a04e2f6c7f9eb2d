import {UsageError} from '../errors.js';
import {jsonText, quoted} from '../format/terminal-text.js';
import type {SearchType} from '../spotify/catalog-client.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {albumsTable, artistsTable, tracksTable} from './output/catalog-tables.js';
import {albumJson, artistJson, trackJson} from './output/json-shapes.js';

export type SearchCommandOptions = GlobalOptions & {
	readonly type: readonly SearchType[];
	readonly limit: number;
	readonly json?: boolean | undefined;
};

/** `musicterminal search <query>`: the artists, albums and tracks that match, best first. */
export async function runSearchCommand(
	query: string,
	options: SearchCommandOptions,
	io: CommandIo,
): Promise<void> {
	if (query.trim() === '') {
		throw new UsageError('give words to search for, such as `musicterminal search radiohead`.');
	}

	const {client} = await openSpotify(options, io);
	const search = async <Type extends SearchType>(type: Type) =>
		options.type.includes(type) ? client.catalog.searchMany(type, query, {upTo: options.limit}) : undefined;
	const [artists, albums, tracks] = await Promise.all([search('artist'), search('album'), search('track')]);

	if (options.json === true) {
		io.stdout(
			jsonText({
				...(artists && {artists: {total: artists.total, items: artists.items.map(artistJson)}}),
				...(albums && {albums: {total: albums.total, items: albums.items.map(albumJson)}}),
				...(tracks && {tracks: {total: tracks.total, items: tracks.items.map(trackJson)}}),
			}),
		);
		return;
	}

	const section = (
		heading: string,
		found: {items: readonly unknown[]; total: number},
		table: () => string,
	) => {
		if (found.items.length === 0) {
			return `${heading}: none match ${quoted(query)}\n`;
		}

		const count =
			found.items.length === found.total ? `${found.total}` : `${found.items.length} of ${found.total}`;
		return `${heading}: ${count}\n${table()}`;
	};

	io.stdout(
		[
			artists && section('Artists', artists, () => artistsTable(artists.items, io.columns)),
			albums && section('Albums', albums, () => albumsTable(albums.items, {maxWidth: io.columns})),
			tracks && section('Tracks', tracks, () => tracksTable(tracks.items, io.columns)),
		]
			.filter((text) => text !== undefined)
			.join('\n'),
	);
}
