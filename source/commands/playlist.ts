import {UsageError} from '../errors.js';
import {listedCount} from '../format/catalog-text.js';
import {jsonText, quoted} from '../format/terminal-text.js';
import {PlaylistItemsRefusedError} from '../spotify/spotify-errors.js';
import {parseReference} from '../spotify/spotify-reference.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {playlistEntryJson, playlistJson} from './output/library-json.js';
import {playlistItemsTable} from './output/library-tables.js';
import {tableHeading} from './output/table.js';

export type PlaylistCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** `musicterminal playlist <id|uri|link>`: a playlist's tracks and episodes, in order. */
export async function runPlaylistCommand(
	argument: string,
	options: PlaylistCommandOptions,
	io: CommandIo,
): Promise<void> {
	const id = playlistId(argument);
	const {client} = await openSpotify(options, io, {needs: 'playlist'});
	const playlist = await client.library.playlist(id);
	let items: Awaited<ReturnType<typeof client.library.playlistItems>>;
	try {
		items = await client.library.playlistItems(id);
	} catch (error) {
		if (error instanceof PlaylistItemsRefusedError) {
			throw new PlaylistItemsRefusedError(playlist, error);
		}

		throw error;
	}

	if (options.json === true) {
		io.stdout(
			jsonText({
				playlist: playlistJson(playlist),
				items: items.items.map(playlistEntryJson),
				total: items.total,
				capped: items.capped,
			}),
		);
		return;
	}

	const owner = playlist.ownerName === null ? '' : ` · by ${playlist.ownerName}`;
	io.stdout(
		items.items.length === 0
			? `${quoted(playlist.name)} is empty.\n`
			: `${tableHeading(`${playlist.name}${owner} · ${listedCount(items, 'track')}`, io.columns)}\n${playlistItemsTable(items.items, io.columns)}`,
	);
}

function playlistId(argument: string): string {
	const parsed = parseReference(argument);
	if (parsed.kind === 'id' || (parsed.kind === 'reference' && parsed.type === 'playlist')) {
		return parsed.id;
	}

	const why =
		parsed.kind === 'invalid'
			? `it is not a valid Spotify URI or link (${parsed.problem})`
			: parsed.kind === 'reference'
				? `it is a ${parsed.type}`
				: 'it is not an id, a spotify:playlist: URI or an open.spotify.com link';
	throw new UsageError(
		`name the playlist by its id, spotify:playlist: URI or open.spotify.com link; ${quoted(argument)} will not do: ${why} (\`musicterminal library playlists\` lists yours).`,
	);
}
