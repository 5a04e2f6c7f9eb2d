import {describe, expect, test} from 'vitest';
import {closestMatch, levenshteinDistance} from '../../source/config/suggest.js';

describe('levenshteinDistance', () => {
	test.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['clientid', 'client_id', 1],
		['CREDENTAILS', 'CREDENTIALS', 2],
	])('%s to %s is %i', (a, b, distance) => {
		expect(levenshteinDistance(a, b)).toBe(distance);
		expect(levenshteinDistance(b, a)).toBe(distance);
	});
});

describe('closestMatch', () => {
	const keys = ['client_id', 'client_secret', 'api_url', 'api_version', 'redirect_uri'];

	test.each([
		['clientid', 'client_id'],
		['CLIENT_ID', 'client_id'],
		['client_secrte', 'client_secret'],
		['secret', 'client_secret'],
		['version', 'api_version'],
		['apiurl', 'api_url'],
	])('%s suggests %s', (text, suggestion) => {
		expect(closestMatch(text, keys)).toBe(suggestion);
	});

	test.each([['favourite_colour'], ['client'], ['url'], ['x']])('%s suggests nothing', (text) => {
		expect(closestMatch(text, keys)).toBeUndefined();
	});
});
