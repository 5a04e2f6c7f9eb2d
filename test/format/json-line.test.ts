import {expect, test} from 'vitest';
import {jsonLine} from '../../source/format/terminal-text.js';

test('jsonLine: one value on one line, exact, with C1 and bidi controls escaped like jsonText', () => {
	const value = {name: 'a\nb\u009B2J\u202Ec', n: 1};
	const line = jsonLine(value);
	expect(line).toBe('{"name":"a\\nb\\u009b2J\\u202ec","n":1}\n');
	expect(JSON.parse(line)).toEqual(value);
});
