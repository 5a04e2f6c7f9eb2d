import {watchPlayer} from '../../player/player-watcher.js';
import {type Poke, type PollingSettings, pollingSettings} from '../../player/polling-policy.js';
import type {WatcherClock} from '../../player/watcher-clock.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {RetryNotices} from '../retry-notices.js';
import type {UiState} from '../state/ui-state.js';
import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

/** How the app reads the player: the shared polling policy's settings, and other processes' 429s. */
export type PlayerPolling = {
	readonly settings: PollingSettings;
	/** Until when another musicterminal was told to wait (the shared record of the last 429). */
	readonly sharedRateLimit?: (() => number | undefined) | undefined;
	/** For tests: time that moves when told. */
	readonly clock?: WatcherClock | undefined;
};

/**
 * Reads the player as the polling policy says (the same as `now --follow`), and out of turn after
 * the app's own commands, when the terminal regains focus, and at a key after a quiet spell.
 */
export function startPlayerPoller(
	store: UiStore,
	player: SpotifyCalls['player'],
	retries: RetryNotices,
	{settings = pollingSettings(), sharedRateLimit, clock}: Partial<PlayerPolling> = {},
): () => void {
	// How many commands were answered when the read in flight began: an older read may not show them.
	let settledBefore = 0;
	const watcher = watchPlayer({
		read: async ({signal}) => {
			settledBefore = store.getState().player.settled;
			return player.state({signal});
		},
		settings,
		sharedRateLimit,
		...(clock === undefined ? {} : {clock}),
	});
	const stopWatcher = watcher.subscribe(({state, readAt, error, waitUntil}) => {
		if (error === undefined && readAt !== undefined) {
			store.dispatch({type: 'playback', playback: state, at: readAt, settledBefore});
		} else if (waitUntil !== undefined) {
			store.dispatch({type: 'rate-limited', until: waitUntil});
		}
	});
	// Each change of these counts (not their values at the start) asks for a read.
	const pokeOnChange = (count: (state: UiState) => number, reason: Poke) => {
		let started = false;
		return watch(store, count, () => {
			if (started) {
				watcher.poke(reason);
			}

			started = true;
		});
	};

	const stopPokes = [
		pokeOnChange((state) => state.player.readRequests, 'command'),
		pokeOnChange((state) => state.attention.keys, 'activity'),
		pokeOnChange((state) => state.attention.focus, 'focus'),
	];
	// A 429 the client waits out itself: a countdown meanwhile.
	const stopListening = retries.subscribe((event) => {
		if (event.reason === 'rate-limit') {
			store.dispatch({type: 'rate-limited', until: Date.now() + event.delayMs});
		}
	});
	return () => {
		for (const stop of [stopWatcher, ...stopPokes, stopListening]) {
			stop();
		}

		watcher.stop();
	};
}
