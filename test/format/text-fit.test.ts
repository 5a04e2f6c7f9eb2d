import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {fitToWidth, textWidth} from '../../source/format/text-fit.js';
import {roughArtistPlans} from '../../source/sandbox/catalog/rough-names.js';

// Columns as two kinds of terminal draw them, read back with a cursor position report: xterm 379
// and tmux 3.3 draw code point by code point; kitty, WezTerm and iTerm2 draw grapheme clusters, as
// string-width counts them. A row must not wrap in either, so each takes the wider.
const drawn: ReadonlyArray<{text: string; codePoints: number; clusters: number}> = [
	{text: '👩‍👩‍👧‍👦', codePoints: 8, clusters: 2},
	{text: '👨🏾‍🚀', codePoints: 6, clusters: 2},
	{text: '👋🏽', codePoints: 4, clusters: 2},
	{text: '❤️‍🔥', codePoints: 3, clusters: 2},
	{text: '🏳️‍🌈', codePoints: 3, clusters: 2},
	{text: '1️⃣', codePoints: 1, clusters: 2},
	{text: '#️⃣', codePoints: 1, clusters: 2},
	{text: '🇸🇪', codePoints: 2, clusters: 2},
	{text: 'Soft\u00ADHyphen', codePoints: 11, clusters: 10},
	{text: '\u0E01\u0E33', codePoints: 2, clusters: 1},
	{text: 'A\u0308\u0301\u0302\u0303', codePoints: 1, clusters: 1},
	{text: '日本', codePoints: 4, clusters: 4},
	{text: 'Zero\u200BWidth', codePoints: 9, clusters: 9},
];

describe('fitting text to columns', () => {
	test('each emoji sequence, soft hyphen and cluster counts as the wider of the two ways terminals draw it', () => {
		for (const {text, codePoints, clusters} of drawn) {
			expect(textWidth(text), text).toBe(Math.max(codePoints, clusters));
		}
	});

	test('names of plain ASCII are cut with an ellipsis at the end or the start, or padded on either side', () => {
		expect(fitToWidth('Night Shift', 20)).toBe('Night Shift         ');
		expect(fitToWidth('3:07', 7, 'right')).toBe('   3:07');
		expect(fitToWidth('Night Shift', 6)).toBe('Night…');
		expect(fitToWidth(' › Artists › Night Shift', 12, 'left', 'start')).toBe('…Night Shift');
		expect(fitToWidth('anything', 0)).toBe('');
	});

	test('wide characters are cut whole, never past the width, and the row is filled to it', () => {
		expect(fitToWidth('日本語の歌', 6)).toBe('日本… ');
		expect(fitToWidth('👩‍👩‍👧‍👦 Family Band', 10)).toBe('👩‍👩‍👧‍👦 …');
		expect(fitToWidth('Band 👩‍👩‍👧‍👦', 12, 'left', 'start')).toBe('…nd 👩‍👩‍👧‍👦');
		expect(fitToWidth('Band 👩‍👩‍👧‍👦', 10, 'left', 'start')).toBe('… 👩‍👩‍👧‍👦');
	});

	test('whatever the text, it takes exactly the width, and never more by string-width (Ink’s own measure)', () => {
		const names = roughArtistPlans.flatMap((plan) => [plan.name, plan.album.name, ...plan.album.trackNames]);
		fc.assert(
			fc.property(
				fc.oneof(fc.constantFrom(...names), fc.string({unit: 'grapheme'}), fc.string({unit: 'binary'})),
				fc.integer({min: 1, max: 60}),
				fc.constantFrom('start' as const, 'end' as const),
				(text, width, cutAt) => {
					const fitted = fitToWidth(text, width, 'left', cutAt);
					expect(textWidth(fitted)).toBe(width);
					expect(stringWidth(fitted)).toBeLessThanOrEqual(width);
				},
			),
		);
	});

	test('a name a megabyte long is cut to its first columns', () => {
		expect(fitToWidth('日'.repeat(1_000_000), 9)).toBe('日日日日…');
		expect(fitToWidth('日'.repeat(1_000_000), 10)).toBe('日日日日… ');
	});
});
