import {formatDuration} from '../../format/duration.js';
import {parseSeekTarget} from '../../format/position.js';
import {quoted} from '../../format/terminal-text.js';
import {catalogList} from '../lists/catalog-lists.js';
import {sectionOpening} from '../lists/home-list.js';
import {sectionByKey} from '../lists/home-sections.js';
import {type ListState, refreshList, shownItem} from './list-state.js';
import {enqueue} from './player-state.js';
import {libraryNeedsLogin, needsLogin, pushList, withStatus} from './state-updates.js';
import {emptyField} from './text-field.js';
import {currentScreen, type UiState} from './ui-state.js';

// The keys beyond browsing: sections of the home, the queue, the library, seeking, what plays.

const nothingPlays = 'Nothing is playing: choose a track and press Enter.';

/** 1-9: the home's section of that number, on a path from the home. */
export function openSection(state: UiState, key: string): UiState {
	const section = sectionByKey(key);
	if (section === undefined) {
		return state;
	}

	if (section.needsLogin && !state.canPlay) {
		return withStatus(state, 'error', libraryNeedsLogin);
	}

	const opening = sectionOpening(section);
	const home = state.stack[0] ?? {kind: 'search'};
	if (opening.kind === 'search') {
		return {...state, overlay: {kind: 'none'}, stack: [home, {kind: 'search'}]};
	}

	return opening.kind === 'list' ? pushList(state, opening.list, {from: 'home'}) : state;
}

/** 0: back to the home, whatever is open. */
export function goHome(state: UiState): UiState {
	const home = state.stack[0];
	return home === undefined || state.stack.length === 1 ? state : {...state, stack: [home]};
}

/** e: the selected track, episode, album or playlist to the queue. */
export function queueSelected(state: UiState, list: ListState | undefined): UiState {
	const selected = list === undefined ? undefined : selectedRow(list);
	if (selected === undefined) {
		return state;
	}

	const target = selected.declaration.queueable?.(selected.item as never);
	if (target === undefined) {
		return withStatus(
			state,
			'error',
			'That cannot be queued: choose a track, an episode, an album or a playlist.',
		);
	}

	if (!state.canPlay) {
		return withStatus(state, 'error', needsLogin);
	}

	const name = selected.declaration.name?.(selected.item as never) ?? 'it';
	return {
		...state,
		player: enqueue(state.player, {
			action: {kind: 'queue', target, name},
			label: `Adding ${quoted(name)} to the queue…`,
		}),
	};
}

/** L: saves the selected row to the library, or removes it when it is there; the mark changes at once. */
export function likeSelected(state: UiState, list: ListState | undefined): UiState {
	const selected = list === undefined ? undefined : selectedRow(list);
	const uri = selected?.declaration.savable?.(selected.item as never);
	if (selected === undefined || uri === undefined) {
		return selected === undefined
			? state
			: withStatus(state, 'error', 'That cannot be saved: choose a track, an album or an episode.');
	}

	if (!state.canPlay) {
		return withStatus(state, 'error', libraryNeedsLogin);
	}

	const save = state.saved.get(uri) !== true;
	const name = selected.declaration.name?.(selected.item as never) ?? uri;
	const saved = new Map(state.saved);
	saved.set(uri, save);
	return {
		...state,
		saved,
		player: enqueue(state.player, {
			action: {kind: 'save', uri, save, name},
			label: save ? `Saving ${quoted(name)}…` : `Removing ${quoted(name)}…`,
		}),
	};
}

/** < and >: ten seconds back or on, from where the player is when the command is sent. */
export function seekBy(state: UiState, byMs: number): UiState {
	const problem = seekProblem(state);
	if (problem !== undefined) {
		return withStatus(state, 'error', problem);
	}

	const label = byMs < 0 ? `Back ${Math.abs(byMs) / 1000} s…` : `On ${byMs / 1000} s…`;
	return {
		...state,
		player: enqueue(state.player, {action: {kind: 'seek', target: {kind: 'by', ms: byMs}}, label}),
	};
}

/** t: the time to seek to, typed. */
export function openSeekPrompt(state: UiState): UiState {
	const problem = seekProblem(state);
	return problem === undefined
		? {...state, overlay: {kind: 'seek', field: emptyField}}
		: withStatus(state, 'error', problem);
}

/** Enter on the typed time: there, if it is a time within what plays. */
export function submitSeek(state: UiState): UiState {
	if (state.overlay.kind !== 'seek') {
		return state;
	}

	const text = state.overlay.field.text.trim();
	const target = parseSeekTarget(text);
	if (target === undefined) {
		return withStatus(
			state,
			'error',
			`${quoted(text)} is not a time: type minutes and seconds (1:23), or +10 or -10.`,
		);
	}

	const durationMs = state.player.playback?.item?.duration_ms;
	if (target.kind === 'to' && durationMs !== undefined && durationMs > 0 && target.ms >= durationMs) {
		return withStatus(
			state,
			'error',
			`What plays is ${formatDuration(durationMs)} long: type a time within it, or press n for what comes next.`,
		);
	}

	const closed = {...state, overlay: {kind: 'none'} as const};
	return {...closed, player: enqueue(closed.player, {action: {kind: 'seek', target}, label: `To ${text}…`})};
}

/** o and O: the album, or the first artist, of the track that plays. */
export function openPlaying(state: UiState, open: 'album' | 'artist'): UiState {
	const item = state.player.playback?.item;
	if (item === undefined || item === null) {
		return withStatus(state, 'error', nothingPlays);
	}

	if (item.type !== 'track' || item.is_local) {
		const what =
			item.type === 'episode' ? 'An episode' : item.type === 'track' ? 'A local file' : 'What plays';
		return withStatus(state, 'error', `${what} has no ${open} on Spotify to open.`);
	}

	if (open === 'album') {
		const album = item.album;
		return album?.id === null || album?.id === undefined
			? withStatus(state, 'error', 'Spotify does not say which album this track is on.')
			: pushList(state, {kind: 'tracks', subject: {albumId: album.id, albumName: album.name}});
	}

	const artist = item.artists.find((candidate) => candidate.id !== null);
	return artist?.id === null || artist?.id === undefined
		? withStatus(state, 'error', 'Spotify does not say who made this track.')
		: pushList(state, {kind: 'albums', subject: {artistId: artist.id, artistName: artist.name}});
}

/** Ctrl-R: the list read again from Spotify, its place kept. */
export function reloadList(state: UiState, list: ListState | undefined): UiState {
	if (list === undefined || list.kind === 'home') {
		return state;
	}

	const screen = currentScreen(state);
	if (screen.kind !== 'list') {
		return state;
	}

	return {
		...state,
		nextId: state.nextId + 1,
		stack: [...state.stack.slice(0, -1), {...screen, list: refreshList(list, state.nextId)}],
	};
}

/** The lists that follow the player (the queue, what plays), read again: what plays changed. */
export function refreshFollowers(state: UiState): UiState {
	let {nextId} = state;
	const stack = state.stack.map((screen) => {
		if (screen.kind !== 'list' || catalogList(screen.list.kind).followsPlayer !== true) {
			return screen;
		}

		nextId += 1;
		return {...screen, list: refreshList(screen.list, nextId - 1)};
	});
	return nextId === state.nextId ? state : {...state, stack, nextId};
}

function seekProblem(state: UiState): string | undefined {
	if (!state.canPlay) {
		return needsLogin;
	}

	return (state.player.playback?.item ?? null) === null ? nothingPlays : undefined;
}

function selectedRow(list: ListState) {
	const item = shownItem(list, list.selected);
	return item === undefined ? undefined : {item, declaration: catalogList(list.kind)};
}
