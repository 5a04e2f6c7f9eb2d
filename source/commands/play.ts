import {UsageError} from '../errors.js';
import {quoted} from '../format/terminal-text.js';
import type {PlayRequest} from '../spotify/player-client.js';
import type {PlaybackState} from '../spotify/schemas.js';
import {type ItemType, parseReference} from '../spotify/spotify-reference.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportCommandDone, targetDeviceId} from './player-report.js';
import {resolvePlayable} from './resolve-item.js';

export type PlayCommandOptions = GlobalOptions & {
	/** What a bare id is, or what words search for. */
	readonly type?: ItemType | undefined;
	readonly device?: string | undefined;
	readonly offset?: string | undefined;
	readonly json?: boolean | undefined;
};

/** `musicterminal play [item]`: play a track, album, artist or playlist, or resume without one. */
export async function runPlayCommand(
	item: string | undefined,
	options: PlayCommandOptions,
	io: CommandIo,
): Promise<void> {
	if (item === undefined && options.offset !== undefined) {
		throw new UsageError(
			'--offset says where to start in an album or playlist: name one, as in `play spotify:album:ID --offset 3`.',
		);
	}

	if (item === undefined && options.type !== undefined) {
		throw new UsageError(
			'--type says what an id or words name: give one, as in `play 4aawyAB9vmqN3uQ7FjRGTy --type album`.',
		);
	}

	const {client} = await openSpotify(options, io, {needs: 'play'});
	const request =
		item === undefined
			? undefined
			: await playRequest(
					await resolvePlayable(item, {catalog: client.catalog, io, type: options.type}),
					options.offset,
				);
	await client.player.play(request, {deviceId: await targetDeviceId(client, options.device)});
	await reportCommandDone(client, options, io, {
		done: request === undefined ? 'Resumed.' : 'Started playing.',
		applied: (state) => state?.is_playing === true && (request === undefined || shows(state, request)),
	});
}

function playRequest({type, uri}: {type: string; uri: string}, offset: string | undefined): PlayRequest {
	if (type === 'track' || type === 'episode') {
		if (offset !== undefined) {
			throw new UsageError(
				`--offset picks a track inside an album or playlist, and ${uri} is a single ${type}.`,
			);
		}

		return {trackUris: [uri]};
	}

	if (offset === undefined) {
		return {contextUri: uri};
	}

	if (type === 'artist') {
		throw new UsageError(
			"Spotify cannot start an artist's music at a chosen track: play one of the artist's albums with --offset instead.",
		);
	}

	return {contextUri: uri, offset: parseOffset(offset)};
}

/** `--offset 3` is the third track (counting from 1, as albums do); a track URI or link names one. */
function parseOffset(text: string): {position: number} | {uri: string} {
	if (/^\d+$/.test(text) && Number(text) >= 1) {
		return {position: Number(text) - 1};
	}

	const parsed = parseReference(text);
	if (parsed.kind === 'reference' && parsed.type === 'track') {
		return {uri: `spotify:track:${parsed.id}`};
	}

	throw new UsageError(
		`--offset takes a track number from 1, or a track's URI or link; ${quoted(text)} is neither.`,
	);
}

function shows(state: PlaybackState | undefined, request: PlayRequest): boolean {
	return 'trackUris' in request
		? state?.item?.uri === request.trackUris[0]
		: state?.context?.uri === request.contextUri;
}
