import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {formatDuration} from '../../source/format/duration.js';
import {ListView} from '../../source/ui/components/list-view.js';
import {tracksList} from '../../source/ui/lists/tracks-list.js';
import {track} from './state/ui-state-builders.js';

describe('track times', () => {
	test('minutes, then hours; past 9,999 hours (what no track runs) the most shown', () => {
		expect(formatDuration(187_000)).toBe('3:07');
		expect(formatDuration(3_765_000)).toBe('1:02:45');
		expect(formatDuration(-5)).toBe('0:00');
		expect(formatDuration(36_000_000)).toBe('10:00:00');
		expect(formatDuration(Number.MAX_SAFE_INTEGER)).toBe('9999:59:59+');
		expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('9999:59:59+');
	});

	test('the TIME column is as wide as the longest time, so none is cut', () => {
		const tracks = [
			{...track(0), duration_ms: 187_000},
			{...track(1), duration_ms: 36_000_000},
			{...track(2), duration_ms: Number.MAX_SAFE_INTEGER},
		];
		const {lastFrame} = render(
			<ListView
				items={tracks}
				columns={tracksList.columns(tracks, {playingUri: undefined, saved: new Map(), canPlay: true})}
				selected={0}
				height={5}
				width={60}
			/>,
		);
		const rows = (lastFrame() ?? '').split('\n');
		expect(rows[0]).toMatch(/ {8}TIME$/);
		expect(rows.slice(1).map((row) => row.trimEnd().split(/\s+/).at(-1))).toEqual([
			'3:07',
			'10:00:00',
			'9999:59:59+',
		]);
		for (const row of rows) {
			expect(row.length).toBeLessThanOrEqual(60);
		}
	});
});
