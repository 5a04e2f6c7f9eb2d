import {expect, test} from 'vitest';
import {parseFaultSpec} from '../../source/sandbox/fault-spec.js';

test('a spec names the fault, its settings, where and how often', () => {
	expect(parseFaultSpec('server-error,status=502,body=html,times=2,method=get,path=/v1/search')).toEqual({
		path: '/v1/search',
		method: 'GET',
		fault: {kind: 'server-error', status: 502, body: 'html'},
		times: 2,
	});
	expect(parseFaultSpec('slow,delay=300')).toEqual({
		path: /^\/v1\//,
		fault: {kind: 'slow', delayMs: 300},
		times: Number.POSITIVE_INFINITY,
	});
});

test('a gateway timeout (504) is a server error as a proxy in front of Spotify sends one', () => {
	expect(parseFaultSpec('server-error,status=504,body=html').fault).toEqual({
		kind: 'server-error',
		status: 504,
		body: 'html',
	});
});

test('echo answers on every path unless told one, with a 400 unless told another status', () => {
	expect(parseFaultSpec('echo')).toEqual({
		path: /^\//,
		fault: {kind: 'echo', status: 400},
		times: Number.POSITIVE_INFINITY,
	});
	expect(parseFaultSpec('echo,status=502,path=/api/token')).toMatchObject({
		path: '/api/token',
		fault: {kind: 'echo', status: 502},
	});
});

test('a * in the path stands for anything, and nothing else in it is a pattern', () => {
	const {path} = parseFaultSpec('drop-connection,path=/v1/albums/*/tracks');
	expect(path).toBeInstanceOf(RegExp);
	const pattern = path as RegExp;
	expect(pattern.test('/v1/albums/4aawyAB9vmqN3uQ7FjRGTy/tracks')).toBe(true);
	expect(pattern.test('/v1/albums/4aawyAB9vmqN3uQ7FjRGTy')).toBe(false);
	expect(parseFaultSpec('not-json,path=/v1/me/player.x').path).toBe('/v1/me/player.x');
});

test.each([
	['rate-limit,retry-after=soon', 'retry-after=soon: give a whole number from 0.'],
	['server-error,status=404', 'status=404: a server error here is 500, 502, 503 or 504.'],
	['slow,times=0', 'times=0: give a whole number from 1.'],
	['echo,status=200', 'status=200: give a whole number from 400.'],
	['echo,status=600', "status=600: an error's status is from 400 to 599."],
	['quota-exceeded,path=v1/search', 'path=v1/search: a path starts with /, as in /v1/search.'],
])('%s is refused: %s', (spec, message) => {
	expect(() => parseFaultSpec(spec)).toThrow(message);
});
