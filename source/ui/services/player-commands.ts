import {UserFacingError} from '../../errors.js';
import {formatDuration} from '../../format/duration.js';
import {seekPosition} from '../../format/position.js';
import {quoted} from '../../format/terminal-text.js';
import {addToQueue, mostQueued, urisToQueue} from '../../spotify/queue-items.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {SpotifyApiError} from '../../spotify/spotify-errors.js';
import {errorText} from '../error-text.js';
import type {CommandAction, PlayerCommand} from '../state/player-state.js';
import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

/** What a command's answer adds to the state: a sentence, or where a seek took playback. */
type Outcome = {
	readonly note?: string;
	readonly seekedTo?: {readonly positionMs: number; readonly at: number};
};

/**
 * Sends the store's player (and library) commands one after another, in the order the keys asked
 * for them.
 */
export function startPlayerCommands(store: UiStore, client: SpotifyCalls): () => void {
	let sending: number | undefined;
	let stopped = false;
	// Where the last seek left playback: a seek sent before the player is read again starts there.
	let lastSeek: {positionMs: number; at: number} | undefined;

	const send = async (command: PlayerCommand) => {
		sending = command.id;
		try {
			if (command.deviceId !== undefined) {
				await client.player.transfer(command.deviceId);
			}

			const outcome = await sendAction(client, command.action, command.deviceId, () => {
				const {playback, readAt} = store.getState().player;
				const from = lastSeek !== undefined && lastSeek.at > readAt ? lastSeek : undefined;
				const base = from?.positionMs ?? playback?.progress_ms ?? 0;
				const since = from?.at ?? readAt;
				const progressMs = base + (playback?.is_playing === true ? Math.max(0, Date.now() - since) : 0);
				return {progressMs, durationMs: playback?.item?.duration_ms ?? null};
			});
			if (outcome.seekedTo !== undefined) {
				lastSeek = outcome.seekedTo;
			}

			if (!stopped) {
				store.dispatch({type: 'command-done', id: command.id, ...outcome});
			}
		} catch (error) {
			if (!stopped) {
				const noDevice = error instanceof SpotifyApiError && error.reason === 'NO_ACTIVE_DEVICE';
				store.dispatch({type: 'command-failed', id: command.id, error: errorText(error), noDevice});
			}
		}
	};

	const stopWatching = watch(
		store,
		(state) => state.player.queue[0],
		(command) => {
			if (command !== undefined && command.id !== sending) {
				void send(command);
			}
		},
	);
	return () => {
		stopped = true;
		stopWatching();
	};
}

async function sendAction(
	{player, catalog, library}: SpotifyCalls,
	action: CommandAction,
	deviceId: string | undefined,
	whereItPlays: () => {progressMs: number; durationMs: number | null},
): Promise<Outcome> {
	const options = {deviceId};
	switch (action.kind) {
		case 'pause': {
			await player.pause(options);
			return {};
		}

		case 'resume': {
			await player.play(undefined, options);
			return {};
		}

		case 'next': {
			await player.next(options);
			return {};
		}

		case 'previous': {
			await player.previous(options);
			return {};
		}

		case 'volume': {
			await player.setVolume(action.percent, options);
			return {};
		}

		case 'shuffle': {
			await player.setShuffle(action.on, options);
			return {};
		}

		case 'repeat': {
			await player.setRepeat(action.state, options);
			return {};
		}

		case 'play': {
			const {target} = action;
			await player.play(
				'trackUris' in target
					? {trackUris: target.trackUris}
					: {
							contextUri: target.contextUri,
							...(target.position === undefined
								? target.trackUri === undefined
									? {}
									: {offset: {uri: target.trackUri}}
								: {offset: {position: target.position}}),
						},
				options,
			);
			return {};
		}

		case 'transfer': {
			await player.transfer(action.deviceId, {play: action.play});
			return {};
		}

		case 'seek': {
			const {progressMs, durationMs} = whereItPlays();
			const landing = seekPosition(action.target, progressMs, durationMs);
			if (landing === undefined) {
				throw new UserFacingError(
					`what plays is ${formatDuration(durationMs ?? 0)} long and is at ${formatDuration(progressMs)}: that would go past its end. Press n for what comes next.`,
				);
			}

			const positionMs = Math.round(landing);
			await player.seek(positionMs, options);
			return {seekedTo: {positionMs, at: Date.now()}};
		}

		case 'queue': {
			const {uris, total} = await urisToQueue({catalog, library}, action.target);
			await addToQueue(player, uris, options);
			const cut = total > uris.length ? ` (the first ${mostQueued} of ${total})` : '';
			return {
				note:
					uris.length === 1
						? `Added ${quoted(action.name)} to the queue.`
						: `Added ${uris.length} tracks of ${quoted(action.name)} to the queue${cut}.`,
			};
		}

		case 'save': {
			await (action.save ? library.save([action.uri]) : library.remove([action.uri]));
			return {
				note: action.save
					? `♥ Saved ${quoted(action.name)} to your library.`
					: `Removed ${quoted(action.name)} from your library.`,
			};
		}
	}
}
