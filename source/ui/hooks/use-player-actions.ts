import {type Dispatch, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {PlayerCommandOptions} from '../../spotify/player-client.js';
import {knownRepeatState, type RepeatState} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {SpotifyApiError} from '../../spotify/spotify-errors.js';
import type {Status} from '../components/status-line.js';
import {errorText} from '../error-text.js';
import type {UiAction} from '../state/ui-state.js';
import type {Playback} from './use-playback.js';

type Command = (options: PlayerCommandOptions) => Promise<void>;

export type PlayerActions = {
	readonly togglePlay: () => void;
	readonly next: () => void;
	readonly previous: () => void;
	readonly changeVolume: (by: number) => void;
	readonly toggleShuffle: () => void;
	readonly cycleRepeat: () => void;
	readonly playAlbum: (albumUri: string, trackUri?: string) => void;
	/** The device picker's choice: playback moves there, and a command that found no device goes again. */
	readonly chooseDevice: (deviceId: string) => void;
	/** What is being sent, for the status line's spinner. */
	readonly busy: string | undefined;
};

const nextRepeat: Record<RepeatState, RepeatState> = {off: 'context', context: 'track', track: 'off'};
const volumeStep = 5;

/**
 * Player commands from keys. Each reads the player again when done; a failure goes to the status
 * line, except "no active device", which opens the device picker and waits for a choice.
 */
export function usePlayerActions({
	client,
	playback,
	dispatch,
	setStatus,
}: {
	client: SpotifyCalls;
	playback: Playback;
	dispatch: Dispatch<UiAction>;
	setStatus: (status: Status | undefined) => void;
}): PlayerActions {
	const [busy, setBusy] = useState<string | undefined>(undefined);
	const waitingForDevice = useRef<{label: string; command: Command} | undefined>(undefined);
	// Keys pressed faster than the player is read again step on from the last volume asked for.
	const volumeAskedFor = useRef<number | undefined>(undefined);
	const {player} = client;
	const {state, refresh} = playback;
	const volumeShown = state?.device.volume_percent;
	useEffect(() => {
		if (volumeShown === volumeAskedFor.current) {
			volumeAskedFor.current = undefined;
		}
	}, [volumeShown]);

	const run = useCallback(
		async (label: string, command: Command, options: PlayerCommandOptions = {}) => {
			setBusy(label);
			try {
				await command(options);
				setStatus(undefined);
			} catch (error) {
				if (
					error instanceof SpotifyApiError &&
					error.reason === 'NO_ACTIVE_DEVICE' &&
					options.deviceId === undefined
				) {
					waitingForDevice.current = {label, command};
					dispatch({type: 'devices', reason: 'No Spotify device is active: choose one to play on.'});
				} else {
					setStatus({kind: 'error', text: errorText(error)});
				}
			} finally {
				setBusy(undefined);
				refresh();
			}
		},
		[dispatch, refresh, setStatus],
	);

	const chooseDevice = useCallback(
		(deviceId: string) => {
			const waiting = waitingForDevice.current;
			waitingForDevice.current = undefined;
			dispatch({type: 'close-overlay'});
			if (waiting === undefined) {
				void run('Moving playback…', async () =>
					player.transfer(deviceId, {play: state?.is_playing === true}),
				);
				return;
			}

			void run(
				waiting.label,
				async (options) => {
					await player.transfer(deviceId);
					await waiting.command(options);
				},
				{deviceId},
			);
		},
		[dispatch, player, run, state?.is_playing],
	);

	return useMemo(
		() => ({
			togglePlay: () => {
				void run(state?.is_playing === true ? 'Pausing…' : 'Resuming…', async (options) =>
					state?.is_playing === true ? player.pause(options) : player.play(undefined, options),
				);
			},
			next: () => {
				void run('Skipping…', async (options) => player.next(options));
			},
			previous: () => {
				void run('Going back…', async (options) => player.previous(options));
			},
			changeVolume: (by: number) => {
				const current = state?.device.volume_percent;
				if (current === null || current === undefined) {
					setStatus({
						kind: 'error',
						text:
							state === undefined
								? 'Nothing is playing, so there is no volume to change.'
								: `${state.device.name} does not allow changing its volume.`,
					});
					return;
				}

				const volume = Math.min(100, Math.max(0, (volumeAskedFor.current ?? current) + by * volumeStep));
				volumeAskedFor.current = volume;
				void run(`Volume ${volume}%…`, async (options) => player.setVolume(volume, options));
			},
			toggleShuffle: () => {
				void run('Shuffle…', async (options) => player.setShuffle(!(state?.shuffle_state ?? false), options));
			},
			cycleRepeat: () => {
				void run('Repeat…', async (options) =>
					player.setRepeat(nextRepeat[knownRepeatState(state?.repeat_state)], options),
				);
			},
			playAlbum: (albumUri: string, trackUri?: string) => {
				void run('Starting playback…', async (options) =>
					player.play(
						{contextUri: albumUri, ...(trackUri === undefined ? {} : {offset: {uri: trackUri}})},
						options,
					),
				);
			},
			chooseDevice,
			busy,
		}),
		[busy, chooseDevice, player, run, setStatus, state],
	);
}
