import {describe, expect, test} from 'vitest';
import {shownItem} from '../../../source/ui/state/list-state.js';
import {currentScreen} from '../../../source/ui/state/ui-state.js';
import {
	album,
	answer,
	artist,
	keys,
	reduce,
	searched,
	shown,
	startState,
	topList,
	track,
	type,
} from './ui-state-builders.js';

describe('the search box', () => {
	test('types at the cursor; ←/→, Home/End, Ctrl-A/E move it; Ctrl-W and Ctrl-U erase', () => {
		let state = type(startState(), 'daft punk');
		state = keys(state, 'left', 'left', 'left', 'left', 'X');
		expect(state.search.field).toEqual({text: 'daft Xpunk', cursor: 6});
		state = keys(state, 'ctrl+w');
		expect(state.search.field).toEqual({text: 'daft punk', cursor: 5});
		state = keys(state, 'ctrl+e', '!', 'home', '>');
		expect(state.search.field.text).toBe('>daft punk!');
		state = keys(state, 'end', 'ctrl+w');
		expect(state.search.field).toEqual({text: '>daft ', cursor: 6});
		state = keys(state, 'ctrl+a', 'right', 'ctrl+u');
		expect(state.search.field).toEqual({text: 'daft ', cursor: 0});
	});

	test('Enter opens the artists of the search and remembers it; an empty box does nothing', () => {
		expect(keys(startState(), 'space', 'enter').stack).toEqual(startState().stack);
		const state = keys(type(startState(), ' endless '), 'enter');
		expect(topList(state)).toMatchObject({
			kind: 'artists',
			subject: {query: 'endless'},
			inFlight: [{offset: 0}],
		});
		expect(state.search).toMatchObject({field: {text: ''}, recent: ['endless']});
	});

	test('a new search replaces the path instead of stacking on it', () => {
		let state = searched('one', 10, 10);
		state = keys(state, 'enter');
		expect(state.stack.map((screen) => screen.kind)).toEqual(['list', 'search', 'list', 'list']);
		state = keys(type(keys(state, '/'), 'two'), 'enter');
		expect(state.stack.map((screen) => screen.kind)).toEqual(['list', 'search', 'list']);
		expect(topList(state).subject).toEqual({query: 'two'});
	});

	test('Esc goes back, from the search box to the home; the home is where it ends', () => {
		const home = keys(startState(), 'escape');
		expect(topList(home).kind).toBe('home');
		expect(shown(keys(home, 'escape'))).toEqual(shown(home));
		const deeper = keys(searched('one', 10, 10), '/');
		expect(currentScreen(keys(deeper, 'escape')).kind).toBe('list');
	});

	test('↑/↓ bring back earlier searches', () => {
		let state = keys(type(keys(searched('first', 1, 1), '/'), 'second'), 'enter', '/');
		state = keys(state, 'up');
		expect(state.search.field.text).toBe('second');
		state = keys(state, 'up', 'up');
		expect(state.search.field.text).toBe('first');
		state = keys(state, 'down', 'down');
		expect(state.search.field.text).toBe('');
	});

	test('a pasted link opens the artist or album, a track link plays it, other links are explained', () => {
		const id = '4Z8W4fKeB5YxbusRsdQVPb';
		const artistOpened = reduce(startState(), {
			type: 'paste',
			text: `https://open.spotify.com/artist/${id}?si=x\n`,
		});
		expect(topList(artistOpened)).toMatchObject({
			kind: 'albums',
			subject: {artistId: id},
			label: `artist ${id}`,
		});
		const albumOpened = keys(type(startState(), `spotify:album:${id}`), 'enter');
		expect(topList(albumOpened)).toMatchObject({kind: 'tracks', subject: {albumId: id}});
		expect(albumOpened.search.recent).toEqual([]);
		const trackPlayed = reduce(startState(), {type: 'paste', text: `spotify:track:${id}`});
		expect(trackPlayed.player.queue[0]?.action).toEqual({
			kind: 'play',
			target: {trackUris: [`spotify:track:${id}`]},
		});
		const playlist = keys(type(startState(), `spotify:playlist:${id}`), 'enter');
		expect(topList(playlist)).toMatchObject({kind: 'playlist-items', subject: {playlistId: id}});
		const show = keys(type(startState(), `spotify:show:${id}`), 'enter');
		expect(show.stack).toEqual(startState().stack);
		expect(show.status?.text).toContain('That is a link to a show');
	});

	test('pasted words are typed, line breaks and all, never sent as keys', () => {
		const state = reduce(startState(), {type: 'paste', text: 'boards of\ncanada\n'});
		expect(state.search.field.text).toBe('boards of canada');
		expect(state.stack).toEqual(startState().stack);
	});
});

describe('a list', () => {
	test('moves by rows, pages, to the first and the last loaded; → and l open, ← goes back', () => {
		let state = searched('the', 30, 30);
		state = keys(state, 'j', 'j', 'down', 'k');
		expect(topList(state).selected).toBe(2);
		state = keys(state, 'pagedown');
		expect(topList(state).selected).toBe(23);
		state = keys(state, 'G', 'up', 'g', 'end', 'home', 'pageup');
		expect(topList(state).selected).toBe(0);
		expect(topList(keys(state, 'right')).kind).toBe('albums');
		expect(topList(keys(state, 'l')).kind).toBe('albums');
		expect(keys(keys(state, 'l'), 'left').stack).toEqual(state.stack);
	});

	test('an as-needed list asks for the next page when the selection nears the end, one at a time', () => {
		let state = searched('the', 10, 57);
		expect(topList(state).inFlight).toEqual([]);
		state = keys(state, 'j', 'j', 'j', 'j', 'j', 'j');
		expect(topList(state).inFlight).toEqual([]);
		state = keys(state, 'j');
		expect(topList(state).inFlight).toEqual([{offset: 10, limit: 10}]);
		state = keys(state, 'j', 'j');
		expect(topList(state).inFlight).toHaveLength(1);
	});

	test('G loads to the end, four pages at a time, and lands on the last row', () => {
		let state = searched('the', 10, 35);
		state = keys(state, 'G');
		expect(topList(state)).toMatchObject({toEnd: true, selected: 9});
		expect(topList(state).inFlight.map((span) => span.offset)).toEqual([10, 20, 30]);
		const page = (from: number, count: number) => ({
			items: Array.from({length: count}, (_, index) => artist(from + index)),
			total: 35,
		});
		state = answer(state, 30, page(30, 5));
		state = answer(state, 10, page(10, 10));
		expect(topList(state).items).toHaveLength(20);
		state = answer(state, 20, page(20, 10));
		expect(topList(state)).toMatchObject({toEnd: false, selected: 34});
		expect(topList(state).items.map((item) => (item as {id: string}).id)).toEqual(
			Array.from({length: 35}, (_, i) => `artist${i}`),
		);
	});

	test('an all-at-once list shows its first page, then grows in order without duplicates; the selection stays', () => {
		let state = keys(searched('one', 1, 1), 'enter');
		state = answer(state, 0, {items: Array.from({length: 10}, (_, index) => album(index)), total: 31});
		expect(topList(state).inFlight.map((span) => span.offset)).toEqual([10, 20, 30]);
		state = keys(state, 'j', 'j', 'j');
		state = answer(state, 20, {items: [album(20), album(21)], total: 31});
		expect(topList(state).items).toHaveLength(10);
		state = answer(state, 10, {items: [album(9), album(10)], total: 31});
		expect(
			topList(state)
				.items.map((item) => (item as {id: string}).id)
				.slice(8),
		).toEqual(['album8', 'album9', 'album10', 'album20', 'album21']);
		state = answer(state, 30, {items: [], total: 31});
		expect(topList(state)).toMatchObject({total: 30, selected: 3, inFlight: []});
	});

	test('never asks past its cap, whatever the total says', () => {
		const state = searched('the', 10, 1_000_000);
		const loaded = keys(state, 'G');
		expect(topList(loaded).total).toBe(1010);
	});

	test('going back finds the list exactly as it was left: rows, pages and selection', () => {
		let state = searched('the', 20, 57);
		state = keys(state, ...Array.from({length: 14}, () => 'j'));
		const left = topList(state);
		state = keys(state, '?', 'escape', 'enter', 'd', 'escape', 'escape');
		expect(topList(state)).toBe(left);
	});

	test('a failed page says so; Enter asks again', () => {
		let state = searched('the', 1, 1);
		state = keys(state, 'enter');
		const list = topList(state);
		state = reduce(state, {
			type: 'page-failed',
			listId: list.id,
			span: {offset: 0, limit: 10},
			error: 'The server failed.',
		});
		expect(topList(state)).toMatchObject({error: 'The server failed.', inFlight: [], failed: [{offset: 0}]});
		state = keys(state, 'enter');
		expect(topList(state)).toMatchObject({error: undefined, inFlight: [{offset: 0}], failed: []});
	});

	test('the filter folds accents and case, and keeps matching rows as pages arrive', () => {
		let state = keys(searched('one', 1, 1), 'enter');
		const others = Array.from({length: 7}, (_, index) => album(index + 3));
		state = answer(state, 0, {
			items: [album(0, 'Amélie'), album(1, 'Zoo'), album(2, 'AMELIA'), ...others],
			total: 12,
		});
		state = type(keys(state, 'f'), 'amel');
		const filtered = topList(state);
		expect(filtered.matches).toEqual([0, 2]);
		state = keys(state, 'down', 'enter');
		expect(topList(state)).toMatchObject({filtering: false, selected: 1});
		state = answer(state, 10, {items: [album(10, 'Zebra'), album(11, 'Amelie 2')], total: 12});
		expect(topList(state)).toMatchObject({matches: [0, 2, 11], selected: 1});
		expect((shownItem(topList(state), 2) as {name: string} | undefined)?.name).toBe('Amelie 2');
		state = keys(state, 'f', 'escape');
		expect(topList(state)).toMatchObject({matches: undefined, filtering: false, selected: 0});
	});

	test('Enter on a track plays its album from it; a plays the album from its start', () => {
		let state = keys(searched('one', 1, 1), 'enter');
		state = answer(state, 0, {items: [album(0)], total: 1});
		state = keys(state, 'enter');
		state = answer(state, 0, {items: [track(0), track(1)], total: 2, label: 'Album 0', about: 'X · 2001'});
		state = keys(state, 'j', 'enter', 'a');
		expect(state.player.queue.map((command) => command.action)).toEqual([
			{kind: 'play', target: {contextUri: 'spotify:album:album0', trackUri: 'spotify:track:track1'}},
			{kind: 'play', target: {contextUri: 'spotify:album:album0'}},
		]);
	});
});

describe('the player keys', () => {
	const playing = (shuffle = false) =>
		reduce(searched('one', 1, 1), {
			type: 'playback',
			at: 0,
			settledBefore: 0,
			playback: {
				device: {
					id: 'd',
					name: 'Desk',
					type: 'Computer',
					is_active: true,
					is_restricted: false,
					volume_percent: 50,
				},
				is_playing: true,
				progress_ms: 0,
				shuffle_state: shuffle,
				repeat_state: 'off',
				item: null,
				context: null,
			} as never,
		});

	test('each key acts on what the keys before it asked for: ss toggles twice, ++ steps twice', () => {
		const state = keys(playing(), 's', 's', 'space', 'space', '+', '+', 'r', 'r');
		expect(state.player.queue.map((command) => command.action)).toEqual([
			{kind: 'shuffle', on: true},
			{kind: 'shuffle', on: false},
			{kind: 'pause'},
			{kind: 'resume'},
			{kind: 'volume', percent: 55},
			{kind: 'volume', percent: 60},
			{kind: 'repeat', state: 'context'},
			{kind: 'repeat', state: 'track'},
		]);
	});

	test('answers leave the queue in order; the player is read once none is left', () => {
		let state = keys(playing(), 'n', 'p');
		const [first, second] = state.player.queue;
		state = reduce(state, {type: 'command-done', id: second?.id ?? 0});
		expect(state.player.queue).toHaveLength(2);
		state = reduce(state, {type: 'command-done', id: first?.id ?? 0});
		expect(state.player.readRequests).toBe(0);
		state = reduce(state, {type: 'command-done', id: second?.id ?? 0});
		expect(state.player).toMatchObject({queue: [], readRequests: 1});
	});

	test('a command that finds no active device opens the picker; the choice gets that command', () => {
		let state = keys(playing(), 'n');
		const command = state.player.queue[0];
		state = reduce(state, {type: 'command-failed', id: command?.id ?? 0, error: 'none', noDevice: true});
		expect(state.overlay).toMatchObject({
			kind: 'devices',
			reason: 'No Spotify device is active: choose one to play on.',
		});
		const picker = state.overlay.kind === 'devices' ? state.overlay.list : undefined;
		state = reduce(state, {
			type: 'page-loaded',
			listId: picker?.id ?? 0,
			span: {offset: 0, limit: 50},
			page: {
				items: [
					{
						id: 'a',
						name: 'A',
						type: 'Computer',
						is_active: false,
						is_restricted: false,
						volume_percent: 5,
						supports_volume: true,
					},
					{
						id: 'b',
						name: 'B',
						type: 'Speaker',
						is_active: false,
						is_restricted: false,
						volume_percent: 5,
						supports_volume: true,
					},
				],
				total: 2,
			},
		});
		state = keys(state, 'j', 'enter');
		expect(state.overlay.kind).toBe('none');
		expect(state.player.queue.at(-1)).toMatchObject({action: {kind: 'next'}, deviceId: 'b'});
	});

	test('without a login, player keys say so and send nothing', () => {
		const state = keys(searched('one', 1, 1, startState({canPlay: false})), 'space', 'd');
		expect(state.player.queue).toEqual([]);
		expect(state.overlay.kind).toBe('none');
		expect(state.status?.text).toMatch(/^Browsing only: playback needs a login/);
	});
});

describe('messages and the terminal', () => {
	test('a message goes with the next key that does something, or when its time is up', () => {
		const withMessage = keys(searched('one', 1, 1, startState({canPlay: false})), 'space');
		expect(keys(withMessage, 'x').status).toBeDefined();
		expect(keys(withMessage, 'j').status).toBeUndefined();
		const id = withMessage.status?.id ?? 0;
		expect(reduce(withMessage, {type: 'status-expired', id: id + 1}).status).toBeDefined();
		expect(reduce(withMessage, {type: 'status-expired', id}).status).toBeUndefined();
	});

	test('while the terminal is too small, keys are ignored; Ctrl-C still quits', () => {
		const small = reduce(searched('one', 10, 10), {type: 'resize', size: {columns: 30, rows: 10}});
		expect(shown(keys(small, 'j', 'enter', '/', 'q'))).toEqual(shown(small));
		expect(keys(small, 'ctrl+c').quitting).toBe(true);
	});
});
