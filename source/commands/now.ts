import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportPlayerState} from './player-report.js';

export type NowCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** `musicterminal now`: what plays, where, and how far along. */
export async function runNowCommand(options: NowCommandOptions, io: CommandIo): Promise<void> {
	const {client} = await openSpotify(options, io);
	await reportPlayerState(client, options, io);
}
