import type {TerminalSize} from '../layout.js';
import type {ListState} from './list-state.js';
import {initialPlayerState, type PlayerState} from './player-state.js';
import {emptyField, type TextField} from './text-field.js';

/** One step of the navigation; going back pops it and finds the one below exactly as it was left. */
export type Screen = {readonly kind: 'search'} | {readonly kind: 'list'; readonly list: ListState};

export type Overlay =
	| {readonly kind: 'none'}
	| {readonly kind: 'help'; readonly offset: number}
	/** `reason` says why it opened by itself (no active device); the choice then gets that command. */
	| {readonly kind: 'devices'; readonly list: ListState; readonly reason?: string | undefined};

export type Status = {readonly kind: 'error' | 'info'; readonly text: string; readonly id: number};

export type SearchBox = {
	readonly field: TextField;
	/** Earlier searches, newest first; ↑/↓ walk them. */
	readonly recent: readonly string[];
	readonly recentIndex: number | undefined;
};

/** Everything the app shows and remembers, in one place: the store's state. */
export type UiState = {
	readonly size: TerminalSize;
	/** A login: the player can be read and commanded. */
	readonly canPlay: boolean;
	readonly stack: readonly Screen[];
	readonly search: SearchBox;
	readonly overlay: Overlay;
	readonly player: PlayerState;
	/** A message for the status line, in place of the hints until it clears. */
	readonly status: Status | undefined;
	/** For ids of lists and messages. */
	readonly nextId: number;
	/** Counts of keys pressed and of the terminal regaining focus: the player is read when the user comes back. */
	readonly attention: {readonly keys: number; readonly focus: number};
	readonly quitting: boolean;
};

export const recentLimit = 50;

export function initialUiState({
	size,
	canPlay,
	notice,
}: {
	size: TerminalSize;
	canPlay: boolean;
	notice?: string | undefined;
}): UiState {
	return {
		size,
		canPlay,
		stack: [{kind: 'search'}],
		search: {field: emptyField, recent: [], recentIndex: undefined},
		overlay: {kind: 'none'},
		player: initialPlayerState,
		status: notice === undefined ? undefined : {kind: 'info', text: notice, id: 1},
		nextId: 2,
		attention: {keys: 0, focus: 0},
		quitting: false,
	};
}

export function currentScreen(state: UiState): Screen {
	return state.stack.at(-1) ?? {kind: 'search'};
}

/** Every list the store holds: the screens' and the device picker's. */
export function allLists(state: UiState): ListState[] {
	return [
		...state.stack.flatMap((screen) => (screen.kind === 'list' ? [screen.list] : [])),
		...(state.overlay.kind === 'devices' ? [state.overlay.list] : []),
	];
}
