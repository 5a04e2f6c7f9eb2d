import {describe, expect, test} from 'vitest';
import {parseReference} from '../../source/spotify/spotify-reference.js';

const id = '6dVIqQ8qmQ5GBnJ9shOYGE';

describe('parseReference', () => {
	test.each([
		[`spotify:album:${id}`, 'album'],
		[`https://open.spotify.com/track/${id}?si=abc`, 'track'],
		[`https://open.spotify.com/intl-de/artist/${id}`, 'artist'],
		[`open.spotify.com/playlist/${id}`, 'playlist'],
		[`https://open.spotify.com/embed/album/${id}`, 'album'],
		[`spotify:user:someone:playlist:${id}`, 'playlist'],
	])('%s names a %s', (text, type) => {
		expect(parseReference(text)).toEqual({kind: 'reference', type, id});
	});

	test('a bare id is an id; words are words, slashes and colons included', () => {
		expect(parseReference(id)).toEqual({kind: 'id', id});
		for (const words of ['AC/DC', 'radiohead', 'year:1997 ok computer', 'spotify: the album']) {
			expect(parseReference(words)).toEqual({kind: 'text', text: words});
		}
	});

	test.each([
		['spotify:album:xyz', /^its id is not a Spotify id/],
		['spotify:album', /^a Spotify URI is spotify:TYPE:ID/],
		['spotify:album:', /^it names no item/],
		[`spotify:user:${id}`, /^user is not a kind of item/],
		[
			'https://open.spotify.com/album/',
			/^it names no item; a Spotify link is https:\/\/open\.spotify\.com\/TYPE\/ID/,
		],
		['open.spotify.com/album', /^it names no item/],
		[`https://open.spotify.com/concert/${id}`, /^concert is not a kind of item/],
		['https://example.com/album/x', /^it leads to example\.com, not to open\.spotify\.com$/],
		['https://spotify.link/AbCdEf', /^spotify\.link addresses are short links/],
		['https://', /^it is not a web address that can be read$/],
	])('%s is an invalid link: %s', (text, problem) => {
		const parsed = parseReference(text);
		expect(parsed.kind).toBe('invalid');
		expect(parsed.kind === 'invalid' ? parsed.problem : '').toMatch(problem);
	});
});
