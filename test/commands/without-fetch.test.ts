import {describe, expect, test} from 'vitest';
import {withoutFetch} from '../../source/commands/without-fetch.js';

describe('loading Ink without fetch in sight', () => {
	test('fetch is gone while the module loads, and the same fetch is back after, also after a failure', async () => {
		const original = globalThis.fetch;
		const seen = await withoutFetch(async () => typeof (globalThis as {fetch?: unknown}).fetch);
		expect(seen).toBe('undefined');
		expect(globalThis.fetch).toBe(original);
		await expect(
			withoutFetch(async () => {
				throw new Error('the module failed to load');
			}),
		).rejects.toThrow('the module failed to load');
		expect(globalThis.fetch).toBe(original);
	});
});
