import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportCommandDone, targetDeviceId} from './player-report.js';

export type ShuffleCommandOptions = GlobalOptions & {
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** `musicterminal shuffle [on|off]`: without a word, shuffle is turned the other way. */
export async function runShuffleCommand(
	state: 'on' | 'off' | undefined,
	options: ShuffleCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'shuffle'});
	const on = state === undefined ? (await client.player.state())?.shuffle_state !== true : state === 'on';
	await client.player.setShuffle(on, {deviceId: await targetDeviceId(client, options.device)});
	await reportCommandDone(client, options, io, {
		done: on ? 'Shuffle is on.' : 'Shuffle is off.',
		applied: (after) => after?.shuffle_state === on,
	});
}
