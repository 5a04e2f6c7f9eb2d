import type {SeekTarget} from '../../format/position.js';
import type {QueueTarget} from '../../spotify/queue-items.js';
import type {PlaybackState, RepeatState} from '../../spotify/schemas.js';
import type {PlayTarget} from '../lists/catalog-list.js';
import {type PlayerFacts, playerFacts} from './player-view.js';

export type PlayerKey = 'toggle' | 'next' | 'previous' | 'louder' | 'quieter' | 'shuffle' | 'repeat';

/** What one command asks of the player. */
export type CommandAction =
	| {readonly kind: 'pause' | 'resume' | 'next' | 'previous'}
	| {readonly kind: 'volume'; readonly percent: number}
	| {readonly kind: 'shuffle'; readonly on: boolean}
	| {readonly kind: 'repeat'; readonly state: RepeatState}
	| {readonly kind: 'play'; readonly target: PlayTarget}
	| {readonly kind: 'transfer'; readonly deviceId: string; readonly play: boolean}
	| {readonly kind: 'seek'; readonly target: SeekTarget}
	/** `name` says what is added, in the message once it is. */
	| {readonly kind: 'queue'; readonly target: QueueTarget; readonly name: string}
	/** Saves to (`save`) or removes from the library: not the player, but in turn with its commands. */
	| {readonly kind: 'save'; readonly uri: string; readonly save: boolean; readonly name: string};

export type PlayerCommand = {
	readonly id: number;
	/** What the status line says while it is sent: "Pausing…". */
	readonly label: string;
	readonly action: CommandAction;
	/** Chosen in the device picker: playback moves there first. */
	readonly deviceId?: string | undefined;
};

/** The player as last read, and the commands on their way to it. */
export type PlayerState = {
	readonly playback: PlaybackState | undefined;
	/** When `playback` was read, for progress that moves on between reads. */
	readonly readAt: number;
	/** Until when Spotify asked to wait (a 429). */
	readonly waitUntil: number | undefined;
	/** Sent one after another; the first is on its way. */
	readonly queue: readonly PlayerCommand[];
	readonly nextCommandId: number;
	/** Commands answered so far, to tell a read that began before the last answer. */
	readonly settled: number;
	/** What the commands sent so far will make of the player, before a read shows it. */
	readonly expected: Partial<Pick<PlayerFacts, 'isPlaying' | 'shuffle' | 'repeat' | 'volume'>>;
	/** Counts requests to read the player now, as after commands. */
	readonly readRequests: number;
	/** A command that found no active device, waiting for the picker's choice. */
	readonly waitingForDevice: PlayerCommand | undefined;
};

export const initialPlayerState: PlayerState = {
	playback: undefined,
	readAt: 0,
	waitUntil: undefined,
	queue: [],
	nextCommandId: 1,
	settled: 0,
	expected: {},
	readRequests: 0,
	waitingForDevice: undefined,
};

const nextRepeat: Record<RepeatState, RepeatState> = {off: 'context', context: 'track', track: 'off'};
const volumeStep = 5;

/** The player as the commands sent so far will leave it. */
export function expectedFacts(player: PlayerState): PlayerFacts {
	return {...playerFacts(player.playback), ...player.expected};
}

/** The command for a player key, or the sentence saying why there is none. */
export function commandForKey(
	player: PlayerState,
	key: PlayerKey,
): {action: CommandAction; label: string; expected: PlayerState['expected']} | {problem: string} {
	const facts = expectedFacts(player);
	switch (key) {
		case 'toggle': {
			return facts.isPlaying
				? {action: {kind: 'pause'}, label: 'Pausing…', expected: {isPlaying: false}}
				: {action: {kind: 'resume'}, label: 'Resuming…', expected: {isPlaying: true}};
		}

		case 'next': {
			return {action: {kind: 'next'}, label: 'Skipping…', expected: {}};
		}

		case 'previous': {
			return {action: {kind: 'previous'}, label: 'Going back…', expected: {}};
		}

		case 'louder':
		case 'quieter': {
			if (facts.volume === undefined) {
				return {problem: 'Nothing is playing, so there is no volume to change.'};
			}

			if (facts.volume === null) {
				return {problem: `${facts.deviceName ?? 'This device'} does not allow changing its volume.`};
			}

			const by = key === 'louder' ? volumeStep : -volumeStep;
			const percent = Math.min(100, Math.max(0, facts.volume + by));
			return {action: {kind: 'volume', percent}, label: `Volume ${percent}%…`, expected: {volume: percent}};
		}

		case 'shuffle': {
			const on = !facts.shuffle;
			return {
				action: {kind: 'shuffle', on},
				label: on ? 'Shuffle on…' : 'Shuffle off…',
				expected: {shuffle: on},
			};
		}

		case 'repeat': {
			const state = nextRepeat[facts.repeat];
			return {action: {kind: 'repeat', state}, label: `Repeat ${state}…`, expected: {repeat: state}};
		}
	}
}

export function enqueue(
	player: PlayerState,
	command: {action: CommandAction; label: string; deviceId?: string | undefined},
	expected: PlayerState['expected'] = {},
): PlayerState {
	return {
		...player,
		queue: [...player.queue, {...command, id: player.nextCommandId}],
		nextCommandId: player.nextCommandId + 1,
		expected: {...player.expected, ...expected},
	};
}

/** The first command is answered; once none is left the player is read again (unless none changed it). */
export function settle(player: PlayerState, id: number, {failed}: {failed: boolean}): PlayerState {
	const command = player.queue[0];
	if (command?.id !== id) {
		return player;
	}

	const queue = player.queue.slice(1);
	const changesPlayer = command.action.kind !== 'save';
	return {
		...player,
		queue,
		settled: player.settled + 1,
		// A failure leaves the player as it was: the next read says how.
		expected: failed ? {} : player.expected,
		readRequests: queue.length === 0 && changesPlayer ? player.readRequests + 1 : player.readRequests,
	};
}

/** A seek Spotify accepted: the bar shows the new place at once, before the next read confirms it. */
export function seeked(player: PlayerState, {positionMs, at}: {positionMs: number; at: number}): PlayerState {
	return player.playback === undefined
		? player
		: {...player, playback: {...player.playback, progress_ms: positionMs}, readAt: at};
}

export function playbackRead(
	player: PlayerState,
	playback: PlaybackState | undefined,
	{at, settledBefore}: {at: number; settledBefore: number},
): PlayerState {
	// A read that began before the last command was answered may not show it yet.
	const current = player.queue.length === 0 && settledBefore === player.settled;
	// Nor where a seek took playback: that read's place in the same item is older than what is known.
	const stale = settledBefore !== player.settled && player.playback !== undefined;
	const sameItem = stale && playback?.item?.uri === player.playback?.item?.uri;
	return {
		...player,
		playback:
			sameItem && playback !== undefined
				? {...playback, progress_ms: player.playback?.progress_ms ?? playback.progress_ms}
				: playback,
		readAt: sameItem ? player.readAt : at,
		waitUntil: undefined,
		expected: current ? {} : player.expected,
	};
}
