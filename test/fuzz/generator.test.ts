import {describe, expect, test} from 'vitest';
import {SpotifyContract} from '../helpers/spotify-contract.js';
import {type FuzzRequest, fuzzAnswer} from './fuzz-answers.js';
import {hash} from './fuzz-api.js';

const id = '4Z8W4fKeB5YxbusRsdQVPb';
const requests: ReadonlyArray<[string, string, string]> = [
	['GET', '/search', 'q=night&type=artist,album,track&market=SE&limit=10&offset=0'],
	['GET', `/artists/${id}`, ''],
	['GET', `/artists/${id}/albums`, 'include_groups=album,single&market=SE&limit=10&offset=20'],
	['GET', `/albums/${id}`, 'market=SE'],
	['GET', `/albums/${id}/tracks`, 'market=SE&limit=50&offset=50'],
	['GET', '/me', ''],
	['GET', '/me/player', 'additional_types=track,episode'],
	['GET', '/me/player/currently-playing', 'additional_types=track,episode'],
	['GET', '/me/player/devices', ''],
	['PUT', '/me/player/pause', ''],
	['POST', '/me/player/next', ''],
];

const answersPerRequest = 150;

describe('the fuzzer answers as the Web API description allows', () => {
	const contract = new SpotifyContract();

	test.each(requests)('%s %s', (method, path, query) => {
		const request: FuzzRequest = {method, path, query: new URLSearchParams(query)};
		let departures = 0;
		for (let run = 0; run < answersPerRequest; run += 1) {
			const seed = hash(`generator:${run}`);
			const answer = fuzzAnswer(request, seed, {mode: 'random', beyondContract: true, minItems: 0});
			// The same seed gives the same answer, so every failure can be replayed.
			expect(fuzzAnswer(request, seed, {mode: 'random', beyondContract: true, minItems: 0})).toEqual(answer);
			if (answer.beyondContract) {
				departures += 1;
				continue;
			}

			const url = `https://api.spotify.com/v1${path}?${query}`;
			const body = answer.status === 204 ? undefined : answer.json;
			expect(contract.check(method, url, answer.status, body).problems, `seed ${seed}`).toEqual([]);
		}

		// Spotify's departures from the description (SPOTIFY.md) come along, but are not most of it.
		expect(departures).toBeLessThan(answersPerRequest / 2);
	});
});
