import {request} from 'node:http';
import {describe, expect, test} from 'vitest';
import {appToken, callApi, withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const searchPath = '/search?q=night&type=artist';

describe('fault injection', () => {
	test('429 with Retry-After hits only as often as asked, then the normal answer returns', async () => {
		const token = await appToken(sandbox());
		const fault = sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'rate-limit', retryAfterSeconds: 7},
			times: 2,
		});

		for (let attempt = 0; attempt < 2; attempt++) {
			const limited = await callApi(sandbox(), token, 'GET', searchPath);
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('7');
			expect(limited.body).toEqual({error: {status: 429, message: 'API rate limit exceeded'}});
		}

		expect((await callApi(sandbox(), token, 'GET', searchPath)).status).toBe(200);
		expect(fault.hits).toBe(2);
		expect(fault.remaining).toBe(0);
	});

	test('quota exhaustion is a 429 with reason QUOTA_EXCEEDED and no Retry-After', async () => {
		const token = await appToken(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'quota-exceeded'}});
		const answer = await callApi(sandbox(), token, 'GET', searchPath);
		expect(answer.status).toBe(429);
		expect(answer.headers.get('retry-after')).toBeNull();
		expect(answer.body).toEqual({
			error: {status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED'},
		});
	});

	test.each([
		[500, 'json', 'application/json'],
		[502, 'html', 'text/html'],
		[503, 'empty', null],
	] as const)('%i with a %s body', async (status, body, contentType) => {
		const token = await appToken(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'server-error', status, body}});
		const response = await fetch(`${sandbox().origin}/v1${searchPath}`, {
			headers: {authorization: `Bearer ${token}`},
		});
		expect(response.status).toBe(status);
		const text = await response.text();
		if (contentType === null) {
			expect(text).toBe('');
		} else {
			expect(response.headers.get('content-type')).toContain(contentType);
			expect(text.length).toBeGreaterThan(0);
		}
	});

	test('a slow answer arrives after the delay with the normal body', async () => {
		const token = await appToken(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'slow', delayMs: 150}});
		const started = performance.now();
		const answer = await callApi(sandbox(), token, 'GET', searchPath);
		expect(answer.status).toBe(200);
		expect(performance.now() - started).toBeGreaterThanOrEqual(140);
	});

	test('a truncated body and a dropped connection fail the request on the client side', async () => {
		const token = await appToken(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'truncated-body'}});
		const truncated = await fetch(`${sandbox().origin}/v1${searchPath}`, {
			headers: {authorization: `Bearer ${token}`},
		});
		await expect(truncated.text()).rejects.toThrow();

		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'drop-connection'}});
		await expect(rawGet(`${sandbox().origin}/v1${searchPath}`)).rejects.toThrow(/socket hang up|ECONNRESET/);
	});

	test('faults match by method and pattern, apply to the accounts service too, and can be removed', async () => {
		const onPost = sandbox().faults.inject({
			path: /^\/api\/token$/,
			method: 'POST',
			fault: {kind: 'server-error', status: 503, body: 'json'},
			times: Number.POSITIVE_INFINITY,
		});
		const failing = await fetch(`${sandbox().origin}/api/token`, {method: 'POST'});
		expect(failing.status).toBe(503);
		onPost.remove();
		expect(await appToken(sandbox())).toEqual(expect.any(String));
		expect(onPost.hits).toBe(1);
	});

	test('traffic counts every request and the most that were in flight at once', async () => {
		const token = await appToken(sandbox());
		sandbox().traffic.reset();
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'slow', delayMs: 100}, times: 3});
		await Promise.all([1, 2, 3].map(() => callApi(sandbox(), token, 'GET', searchPath)));
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(3);
		expect(sandbox().traffic.peakInFlight).toBe(3);
		expect(sandbox().traffic.inFlight).toBe(0);
	});
});

function rawGet(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		request(url, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}
