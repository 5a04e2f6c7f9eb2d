import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {SpotifyApiError} from '../../spotify/spotify-errors.js';
import {errorText} from '../error-text.js';
import type {CommandAction, PlayerCommand} from '../state/player-state.js';
import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

/** Sends the store's player commands one after another, in the order the keys asked for them. */
export function startPlayerCommands(store: UiStore, player: SpotifyCalls['player']): () => void {
	let sending: number | undefined;
	let stopped = false;

	const send = async (command: PlayerCommand) => {
		sending = command.id;
		try {
			if (command.deviceId !== undefined) {
				await player.transfer(command.deviceId);
			}

			await sendAction(player, command.action, command.deviceId);
			if (!stopped) {
				store.dispatch({type: 'command-done', id: command.id});
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
	player: SpotifyCalls['player'],
	action: CommandAction,
	deviceId: string | undefined,
): Promise<void> {
	const options = {deviceId};
	switch (action.kind) {
		case 'pause': {
			return player.pause(options);
		}

		case 'resume': {
			return player.play(undefined, options);
		}

		case 'next': {
			return player.next(options);
		}

		case 'previous': {
			return player.previous(options);
		}

		case 'volume': {
			return player.setVolume(action.percent, options);
		}

		case 'shuffle': {
			return player.setShuffle(action.on, options);
		}

		case 'repeat': {
			return player.setRepeat(action.state, options);
		}

		case 'play': {
			const {target} = action;
			return player.play(
				'trackUris' in target
					? {trackUris: target.trackUris}
					: {
							contextUri: target.contextUri,
							...(target.trackUri === undefined ? {} : {offset: {uri: target.trackUri}}),
						},
				options,
			);
		}

		case 'transfer': {
			return player.transfer(action.deviceId, {play: action.play});
		}
	}
}
