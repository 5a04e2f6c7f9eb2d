import {describe, expect, test} from 'vitest';
import {localTime, playedAtText} from '../../source/format/played-at.js';

describe('when something was played', () => {
	const now = new Date(2026, 11, 7, 20, 30).getTime();
	const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

	test('today and yesterday in words, any other day as ISO writes it, so no reader takes it for another', () => {
		expect(playedAtText(at(2026, 11, 7, 9, 5), now)).toBe('today 09:05');
		expect(playedAtText(at(2026, 11, 6, 23, 59), now)).toBe('yesterday 23:59');
		expect(playedAtText(at(2026, 11, 5, 18, 4), now)).toBe('2026-12-05 18:04');
		expect(playedAtText(at(2025, 11, 7, 18, 4), now)).toBe('2025-12-07 18:04');
	});

	test('the commands always write the date, and a time that is none is left empty', () => {
		expect(localTime(at(2026, 11, 7, 9, 5))).toBe('2026-12-07 09:05');
		expect(localTime('soon')).toBe('');
		expect(playedAtText(null, now)).toBe('');
	});
});
