import {defaultTokenDirectory} from '../auth/token-store.js';
import {pollingSettings} from '../player/polling-policy.js';
import {rateLimitedUntil, readRateLimitRecord} from '../spotify/rate-limit-record.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {followPlayer} from './follow-player.js';
import {openSpotify} from './open-spotify.js';
import {type NowTemplate, renderNowTemplate} from './output/now-template.js';
import {reportPlayerState} from './player-report.js';

export type NowCommandOptions = GlobalOptions & {
	readonly json?: boolean | undefined;
	/** `--format`, already parsed. */
	readonly format?: NowTemplate | undefined;
	readonly follow?: boolean | undefined;
	/** Ends `--follow` (Ctrl-C, SIGTERM, a closed pipe); never aborted when absent. */
	readonly stop?: AbortSignal | undefined;
};

/** `musicterminal now`: what plays, where, and how far along; with --follow, each change as it happens. */
export async function runNowCommand(options: NowCommandOptions, io: CommandIo): Promise<void> {
	if (options.follow === true) {
		// Following retries on its own schedule; a notice for each retry would repeat every poll.
		const {config, client} = await openSpotify(options, io, {announceRetries: false, needs: 'now'});
		const directory = defaultTokenDirectory(io.env);
		await followPlayer(
			client.player,
			{
				json: options.json === true,
				template: options.format,
				settings: pollingSettings(config.pollIntervalSeconds),
				stop: options.stop ?? new AbortController().signal,
				sharedRateLimit: () => rateLimitedUntil(readRateLimitRecord(directory)),
			},
			io,
		);
		return;
	}

	const {client} = await openSpotify(options, io, {needs: 'now'});
	if (options.format !== undefined) {
		io.stdout(`${renderNowTemplate(options.format, await client.player.state())}\n`);
		return;
	}

	await reportPlayerState(client, options, io);
}
