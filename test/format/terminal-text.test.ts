import {describe, expect, it} from 'vitest';
import {jsonText, quoted, terminalSafe} from '../../source/format/terminal-text.js';

describe('terminalSafe', () => {
	it('leaves ordinary text alone, right-to-left, combining marks and emoji sequences included', () => {
		for (const text of [
			'Sigur Rós',
			'שלום עולם',
			'مرحبا',
			'e\u0301',
			'👩‍👩‍👧‍👦',
			'🇯🇵',
			'a\u200Bb',
			'東京事変',
		]) {
			expect(terminalSafe(text)).toBe(text);
		}
	});

	it('drops escape sequences whole: a title change, a screen clear, colours, a hyperlink', () => {
		expect(terminalSafe('Evil\u001B]0;pwned\u0007 Band')).toBe('Evil Band');
		expect(terminalSafe('\u001B[2JCleared')).toBe('Cleared');
		expect(terminalSafe('\u001B[31mred\u001B[0m')).toBe('red');
		expect(terminalSafe('\u001B]8;;https://x.test\u001B\\link\u001B]8;;\u001B\\')).toBe('link');
		expect(terminalSafe('\u009B2Jc1')).toBe('c1');
		expect(terminalSafe('tail\u001B')).toBe('tail');
	});

	it('shows other controls as symbols, so backspaces and carriage returns rewrite nothing', () => {
		expect(terminalSafe('abc\b\b\bxyz')).toBe('abc␈␈␈xyz');
		expect(terminalSafe('over\rwrite')).toBe('over write');
		expect(terminalSafe('bell\u0007')).toBe('bell␇');
		expect(terminalSafe('del\u007F')).toBe('del␡');
		expect(terminalSafe('c1\u0085')).toBe('c1\uFFFD');
	});

	it('drops bidi overrides and isolates, keeping the marks right-to-left text needs', () => {
		expect(terminalSafe('abc\u202Edcba')).toBe('abcdcba');
		expect(terminalSafe('\u2067x\u2069')).toBe('x');
		expect(terminalSafe('a\u200Fb')).toBe('a\u200Fb');
	});

	it('turns line breaks into spaces, unless asked to keep them', () => {
		expect(terminalSafe('one\ntwo')).toBe('one two');
		expect(terminalSafe('one\ntwo\u001B[2J', {multiline: true})).toBe('one\ntwo');
	});
});

describe('quoted', () => {
	it('quotes, cleans and cuts what it echoes to 200 characters', () => {
		expect(quoted('ok')).toBe('"ok"');
		expect(quoted('\u001B[2Jx')).toBe('"x"');
		const long = quoted('a'.repeat(10_000));
		expect(long).toBe(`"${'a'.repeat(200)}…"`);
	});
});

describe('jsonText', () => {
	it('stays exact: the value parses back unchanged, while controls are escaped', () => {
		const value = {name: 'Evil\u001B]0;x\u0007\u009B2J\u202Eend', n: 1};
		const text = jsonText(value);
		expect(JSON.parse(text)).toEqual(value);
		// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
		expect(text.endsWith('}\n')).toBe(true);
	});
});
