import type {TerminalSize} from '../layout.js';
import {type ListState, newList} from './list-state.js';
import {initialPlayerState, type PlayerState} from './player-state.js';
import type {SearchKind} from './search-kinds.js';
import {emptyField, type TextField} from './text-field.js';

/**
 * The results of one search, a list for each kind: Tab shows the next kind's, and each keeps its
 * rows, pages and place while another shows. The kind shown is the screen's own list.
 */
export type SearchTabs = {
	readonly query: string;
	readonly kind: SearchKind;
	/** The other kinds' lists, as they were left. */
	readonly kept: Partial<Readonly<Record<SearchKind, ListState>>>;
};

/** One step of the navigation; going back pops it and finds the one below exactly as it was left. */
export type Screen =
	| {readonly kind: 'search'}
	| {readonly kind: 'list'; readonly list: ListState; readonly tabs?: SearchTabs | undefined};

export type Overlay =
	| {readonly kind: 'none'}
	| {readonly kind: 'help'; readonly offset: number}
	/** `reason` says why it opened by itself (no active device); the choice then gets that command. */
	| {readonly kind: 'devices'; readonly list: ListState; readonly reason?: string | undefined}
	/** A position to seek to, being typed. */
	| {readonly kind: 'seek'; readonly field: TextField};

export type Status = {readonly kind: 'error' | 'info'; readonly text: string; readonly id: number};

export type SearchBox = {
	readonly field: TextField;
	/** What Enter searches for. */
	readonly kind: SearchKind;
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
	/** Which URIs are in the library, as far as known: marks on rows, and what L does. */
	readonly saved: ReadonlyMap<string, boolean>;
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
	// The app opens on the search box, with the home's sections a step back.
	return {
		size,
		canPlay,
		stack: [{kind: 'list', list: newList(2, {kind: 'home', subject: {}})}, {kind: 'search'}],
		search: {field: emptyField, kind: 'artists', recent: [], recentIndex: undefined},
		overlay: {kind: 'none'},
		player: initialPlayerState,
		saved: new Map(),
		status: notice === undefined ? undefined : {kind: 'info', text: notice, id: 1},
		nextId: 3,
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
