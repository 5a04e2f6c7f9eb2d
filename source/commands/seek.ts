import {UsageError, UserFacingError} from '../errors.js';
import {formatDuration} from '../format/duration.js';
import {describePlayingItem} from '../format/playing-item.js';
import {parseSeekTarget, seekPosition} from '../format/position.js';
import {quoted} from '../format/terminal-text.js';
import {nothingPlayingSentence} from '../spotify/api-error.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportCommandDone, targetDeviceId} from './player-report.js';

export type SeekCommandOptions = GlobalOptions & {
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** A seek lands within this of where it was asked to, once Spotify shows it. */
const landingToleranceMs = 3000;

/** `musicterminal seek <m:ss|+10|-10>`: to a position in what plays, or a step from where it is. */
export async function runSeekCommand(
	position: string,
	options: SeekCommandOptions,
	io: CommandIo,
): Promise<void> {
	const target = parseSeekTarget(position);
	if (target === undefined) {
		throw new UsageError(
			`a position is minutes and seconds (1:23), seconds (83), or a step such as +10 or -10; ${quoted(position)} is none of these.`,
		);
	}

	const {client} = await openSpotify(options, io, {needs: 'seek'});
	const state = await client.player.state();
	const item = state === undefined ? undefined : describePlayingItem(state);
	if (state === undefined || item === undefined) {
		throw new UserFacingError(nothingPlayingSentence);
	}

	const positionMs = seekPosition(target, state.progress_ms ?? 0, item.durationMs);
	if (positionMs === undefined) {
		throw new UsageError(
			`${quoted(item.title)} is ${formatDuration(item.durationMs ?? 0)} long${target.kind === 'by' ? ` and plays at ${formatDuration(state.progress_ms ?? 0)}` : ''}: give a ${target.kind === 'to' ? 'position' : 'step'} within it, or run \`musicterminal next\` for what comes next.`,
		);
	}

	await client.player.seek(positionMs, {deviceId: await targetDeviceId(client, options.device)});
	await reportCommandDone(client, options, io, {
		done: `Moved to ${formatDuration(positionMs)}.`,
		applied: (after) =>
			after?.item?.uri !== state.item?.uri ||
			Math.abs((after?.progress_ms ?? 0) - positionMs) < landingToleranceMs,
	});
}
