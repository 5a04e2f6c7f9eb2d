import {describe, expect, test} from 'vitest';
import {nextPollDelay} from '../../../source/ui/services/player-poller.js';

describe('when the player is read next', () => {
	test('every 2 s while playing, 5 s otherwise, at once when asked; never inside a wait Spotify asked for', () => {
		expect(nextPollDelay({isPlaying: true, waitUntil: undefined, asked: false}, 0)).toBe(2000);
		expect(nextPollDelay({isPlaying: false, waitUntil: undefined, asked: false}, 0)).toBe(5000);
		expect(nextPollDelay({isPlaying: true, waitUntil: undefined, asked: true}, 0)).toBe(0);
		expect(nextPollDelay({isPlaying: true, waitUntil: 9000, asked: true}, 1000)).toBe(8000);
	});
});
