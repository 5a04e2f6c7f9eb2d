import {setTimeout as delay} from 'node:timers/promises';
import {UserFacingError} from '../errors.js';
import {jsonText, terminalSafe} from '../format/terminal-text.js';
import type {PlaybackState} from '../spotify/schemas.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import type {CommandIo} from './command-io.js';
import {playerJson} from './output/json-shapes.js';
import {playbackSummary} from './output/playback-summary.js';

export type PlayerOutputOptions = {readonly json?: boolean | undefined};

const settleReads = 5;
const settlePauseMs = 250;

/** Prints what plays, where, and how far along (`now`). */
export async function reportPlayerState(
	client: SpotifyClient,
	options: PlayerOutputOptions,
	io: CommandIo,
): Promise<void> {
	printState(await client.player.state(), options, io);
}

/**
 * Prints the player's state after a command Spotify accepted. Spotify applies commands a moment
 * later, so when the command's effect is known the state is read again (a few times, briefly)
 * until it shows. The command is done whatever happens next: if the player cannot be read
 * afterwards, `done` says so, and stderr why the state is missing.
 */
export async function reportCommandDone(
	client: SpotifyClient,
	options: PlayerOutputOptions,
	io: CommandIo,
	{done, applied}: {done: string; applied?: (state: PlaybackState | undefined) => boolean},
): Promise<void> {
	let state: PlaybackState | undefined;
	let failure: UserFacingError | undefined;
	for (let read = 0; read < settleReads; read += 1) {
		if (read > 0) {
			await delay(settlePauseMs);
		}

		try {
			state = await client.player.state();
			failure = undefined;
		} catch (error) {
			if (!(error instanceof UserFacingError)) {
				throw error;
			}

			failure = error;
			break;
		}

		if (applied === undefined || applied(state)) {
			break;
		}
	}

	if (failure !== undefined && state === undefined) {
		io.stderr(
			`musicterminal: warning: Spotify accepted the command, but what plays now could not be read: ${terminalSafe(failure.message)}\n`,
		);
		io.stdout(options.json === true ? jsonText(playerJson(undefined, {known: false})) : `${done}\n`);
		return;
	}

	printState(state, options, io);
}

function printState(state: PlaybackState | undefined, options: PlayerOutputOptions, io: CommandIo): void {
	io.stdout(options.json === true ? jsonText(playerJson(state)) : playbackSummary(state));
}

/** The id of the device `--device` names, or undefined to use the active one. */
export async function targetDeviceId(
	client: SpotifyClient,
	device: string | undefined,
): Promise<string | undefined> {
	return device === undefined ? undefined : (await client.player.findDevice(device)).id;
}
