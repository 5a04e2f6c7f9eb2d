import {setTimeout as delay} from 'node:timers/promises';
import {jsonText} from '../format/terminal-text.js';
import type {PlaybackState} from '../spotify/schemas.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import type {CommandIo} from './command-io.js';
import {playerJson} from './output/json-shapes.js';
import {playbackSummary} from './output/playback-summary.js';

export type PlayerOutputOptions = {readonly json?: boolean | undefined};

const settleReads = 5;
const settlePauseMs = 250;

/**
 * Prints the player's state after a command. Spotify applies commands a moment later, so when the
 * command's effect is known the state is read again (a few times, briefly) until it shows.
 */
export async function reportPlayerState(
	client: SpotifyClient,
	options: PlayerOutputOptions,
	io: CommandIo,
	applied?: (state: PlaybackState | undefined) => boolean,
): Promise<void> {
	let state = await client.player.state();
	for (let read = 1; applied !== undefined && !applied(state) && read < settleReads; read += 1) {
		await delay(settlePauseMs);
		state = await client.player.state();
	}

	io.stdout(options.json === true ? jsonText(playerJson(state)) : playbackSummary(state));
}

/** The id of the device `--device` names, or undefined to use the active one. */
export async function targetDeviceId(
	client: SpotifyClient,
	device: string | undefined,
): Promise<string | undefined> {
	return device === undefined ? undefined : (await client.player.findDevice(device)).id;
}
