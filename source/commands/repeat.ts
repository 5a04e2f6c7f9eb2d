import {knownRepeatState, type RepeatState} from '../spotify/schemas.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportCommandDone, targetDeviceId} from './player-report.js';

export type RepeatCommandOptions = GlobalOptions & {
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** Without a mode, repeat goes on as the apps' button does: off, then the context, then the track. */
const nextMode: Record<RepeatState, RepeatState> = {off: 'context', context: 'track', track: 'off'};

const sentences: Record<RepeatState, string> = {
	off: 'Repeat is off.',
	context: 'Repeating the album, playlist or artist.',
	track: 'Repeating the track.',
};

/** `musicterminal repeat [off|context|track]`. */
export async function runRepeatCommand(
	mode: RepeatState | undefined,
	options: RepeatCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'repeat'});
	const wanted = mode ?? nextMode[knownRepeatState((await client.player.state())?.repeat_state)];
	await client.player.setRepeat(wanted, {deviceId: await targetDeviceId(client, options.device)});
	await reportCommandDone(client, options, io, {
		done: sentences[wanted],
		applied: (after) => after?.repeat_state === wanted,
	});
}
