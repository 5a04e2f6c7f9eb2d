import {describe, expect, test} from 'vitest';
import type {UiState} from '../../../source/ui/state/ui-state.js';
import {
	album,
	answer,
	artist,
	keys,
	reduce,
	searched,
	startState,
	topList,
	track,
	type,
} from './ui-state-builders.js';

/** The state with something playing, as a read of the player brings it. */
function playing(state: UiState, uri = 'spotify:track:now'): UiState {
	return reduce(state, {
		type: 'playback',
		at: 0,
		settledBefore: state.player.settled,
		playback: {
			is_playing: true,
			progress_ms: 5000,
			device: {name: 'Desk', volume_percent: 5},
			item: {type: 'track', uri, id: 'now', name: 'Now', duration_ms: 200_000, artists: [], is_local: false},
		} as never,
	});
}

describe('search tabs', () => {
	test('Tab keeps each kind of result as it was: rows, pages and place', () => {
		let state = searched('night', 10, 30);
		state = keys(state, 'j', 'j');
		const artists = topList(state);
		state = keys(state, 'tab');
		expect(topList(state)).toMatchObject({kind: 'album-results', subject: {query: 'night'}});
		state = answer(state, 0, {items: [album(0), album(1)], total: 2});
		state = keys(state, 'j', 'tab', 'tab', 'tab');
		expect(topList(state)).toBe(artists);
		state = keys(state, 'tab');
		expect(topList(state)).toMatchObject({kind: 'album-results', selected: 1});
	});

	test('Tab in the box changes what a search looks for', () => {
		const state = keys(type(keys(startState(), 'tab', 'tab'), 'x'), 'enter');
		expect(topList(state)).toMatchObject({kind: 'track-results', subject: {query: 'x'}});
	});
});

describe('playlist links', () => {
	test('a pasted playlist link opens its items; without a login it says the library needs one', () => {
		const link = 'https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=x';
		const opened = reduce(startState(), {type: 'paste', text: link});
		expect(topList(opened)).toMatchObject({
			kind: 'playlist-items',
			subject: {playlistId: '37i9dQZF1DXcBWIGoYBM5M'},
		});
		const refused = reduce(startState({canPlay: false}), {type: 'paste', text: link});
		expect(refused.status?.text).toMatch(/^Browsing only: your library needs a login\./);
	});
});

describe('the home', () => {
	test('digits open sections from the home; 0 goes back to it; Esc from the search box too', () => {
		let state = keys(searched('night', 1, 1), '3');
		expect(state.stack.map((screen) => (screen.kind === 'list' ? screen.list.kind : 'search'))).toEqual([
			'home',
			'saved-albums',
		]);
		state = keys(state, '0');
		expect(state.stack).toHaveLength(1);
		state = keys(state, '1', 'escape');
		expect(topList(state).kind).toBe('home');
	});
});

describe('saving', () => {
	test('L marks the row at once; a refusal puts the mark back', () => {
		let state = keys(searched('one', 1, 1), 'enter');
		state = keys(type(keys(state, '/'), 'x'), 'enter', 'tab');
		state = answer(state, 0, {items: [album(7)], total: 1});
		state = keys(state, 'L');
		expect(state.saved.get('spotify:album:album7')).toBe(true);
		const command = state.player.queue[0];
		expect(command?.action).toEqual({kind: 'save', uri: 'spotify:album:album7', save: true, name: 'Album 7'});
		state = reduce(state, {type: 'command-failed', id: command?.id ?? 0, error: 'No.', noDevice: false});
		expect(state.saved.get('spotify:album:album7')).toBe(false);
		expect(state.status?.text).toBe('No.');
		// A save does not make the player be read again; player commands do.
		expect(state.player.readRequests).toBe(0);
	});

	test("rows of Liked Songs are marked saved as their pages come; other lists' rows are asked about", () => {
		let state = keys(searched('one', 1, 1), '2');
		const liked = {track: {...track(3), album: null}, addedAt: null};
		state = answer(state, 0, {items: [liked], total: 1});
		expect(state.saved.get('spotify:track:track3')).toBe(true);
		state = reduce(state, {type: 'saved-known', entries: [['spotify:track:track4', false]]});
		expect(state.saved.get('spotify:track:track4')).toBe(false);
	});
});

describe('the lists that follow the player', () => {
	test('the queue is read again when what plays changes, and after a queue command; its place kept', () => {
		let state = keys(playing(searched('one', 1, 1)), '8');
		const queue = topList(state);
		state = answer(state, 0, {
			items: [
				{position: 'now', item: {uri: 'spotify:track:now'}},
				{position: 1, item: {uri: 'spotify:track:next'}},
			] as never,
			total: 2,
		});
		state = keys(state, 'j');
		state = playing(state, 'spotify:track:now');
		expect(topList(state).refreshing).toBe(false);
		state = playing(state, 'spotify:track:next');
		expect(topList(state)).toMatchObject({refreshing: true, selected: 1, inFlight: [{offset: 0}]});
		expect(topList(state).id).not.toBe(queue.id);
		expect(topList(state).items).toHaveLength(2);
		state = answer(state, 0, {
			items: [{position: 'now', item: {uri: 'spotify:track:next'}}] as never,
			total: 1,
		});
		expect(topList(state)).toMatchObject({refreshing: false, selected: 0, items: {length: 1}});
	});

	test('a whole list shows its rows as they come, before its load ends', () => {
		let state = keys(searched('one', 1, 1), '6');
		const list = topList(state);
		const span = list.inFlight[0] ?? {offset: 0, limit: 0};
		state = reduce(state, {
			type: 'page-progress',
			listId: list.id,
			span,
			page: {items: [artist(1)], total: 1},
		});
		expect(topList(state)).toMatchObject({items: [artist(1)], total: undefined, inFlight: [span]});
		state = answer(state, 0, {items: [artist(1), artist(2)], total: 2, sent: 2});
		expect(topList(state)).toMatchObject({items: [artist(1), artist(2)], total: 2, inFlight: []});
	});
});

describe('seeking', () => {
	test('< and > send a step; t opens a field whose time is sent on Enter, within what plays', () => {
		let state = playing(searched('one', 1, 1));
		state = keys(state, '>', '<');
		expect(state.player.queue.map((command) => command.action)).toEqual([
			{kind: 'seek', target: {kind: 'by', ms: 10_000}},
			{kind: 'seek', target: {kind: 'by', ms: -10_000}},
		]);
		state = type(keys(state, 't'), '1:05');
		expect(state.overlay).toMatchObject({kind: 'seek', field: {text: '1:05'}});
		state = keys(state, 'enter');
		expect(state.overlay.kind).toBe('none');
		expect(state.player.queue.at(-1)?.action).toEqual({kind: 'seek', target: {kind: 'to', ms: 65_000}});
		state = keys(type(keys(state, 't'), '9:00'), 'enter');
		expect(state.status?.text).toBe(
			'What plays is 3:20 long: type a time within it, or press n for what comes next.',
		);
	});

	test('an answered seek moves the bar at once', () => {
		let state = keys(playing(searched('one', 1, 1)), '>');
		const id = state.player.queue[0]?.id ?? 0;
		state = reduce(state, {type: 'command-done', id, seekedTo: {positionMs: 15_000, at: 42}});
		expect(state.player).toMatchObject({playback: {progress_ms: 15_000}, readAt: 42});
	});
});
