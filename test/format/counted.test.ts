import {expect, test} from 'vitest';
import {listedCount} from '../../source/format/catalog-text.js';
import {counted} from '../../source/format/counted.js';
import {likedSongsList} from '../../source/ui/lists/liked-songs-list.js';
import {playlistItemsList} from '../../source/ui/lists/playlist-items-list.js';
import {tracksList} from '../../source/ui/lists/tracks-list.js';

test('one of a thing is singular; none, several and a capped list are plural', () => {
	expect([0, 1, 2].map((count) => counted(count, 'track'))).toEqual(['0 tracks', '1 track', '2 tracks']);
	expect(counted(1, 'match', 'matches')).toBe('1 match');
	expect(listedCount({items: [1], total: 1, capped: false}, 'track')).toBe('1 track');
	expect(listedCount({items: [1, 2], total: 2, capped: false}, 'album')).toBe('2 albums');
	expect(listedCount({items: Array.from({length: 2000}), total: 14_487_814, capped: true}, 'album')).toBe(
		'first 2,000 of 14,487,814 albums',
	);
});

test("the terminal UI's titles count one track as one", () => {
	expect(likedSongsList.title({label: 'Liked Songs', about: undefined, total: '1'})).toBe(
		'Liked Songs · 1 track',
	);
	expect(playlistItemsList.title({label: 'Road Trip', about: undefined, total: '1'})).toBe(
		'Road Trip · 1 track',
	);
	expect(tracksList.title({label: 'Single', about: 'Artist · 2026', total: '1'})).toBe(
		'Single · Artist · 2026 · 1 track',
	);
	expect(tracksList.title({label: 'Album', about: undefined, total: 'first 2,000 of 2,500'})).toBe(
		'Album · first 2,000 of 2,500 tracks',
	);
});
