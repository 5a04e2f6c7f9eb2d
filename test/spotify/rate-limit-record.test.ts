import {mkdtemp, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	rateLimitedUntil,
	rateLimitRecorder,
	rateLimitRecordPath,
	readRateLimitRecord,
} from '../../source/spotify/rate-limit-record.js';
import {RateLimitedError} from '../../source/spotify/spotify-errors.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
let directory: string;

beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'musicterminal-429-'));
});

afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('the record of the last 429, shared by every process', () => {
	test('a 429 the client meets is kept, readable by its owner only, without the query or the token', async () => {
		const record = join(directory, 'musicterminal');
		const {client} = await loggedInClient(sandbox(), {onRateLimited: rateLimitRecorder(record)});
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'rate-limit', retryAfterSeconds: 120}});
		const before = Date.now();
		await expect(client.catalog.search('artist', 'secret words')).rejects.toBeInstanceOf(RateLimitedError);

		const seen = readRateLimitRecord(record);
		expect(seen).toEqual({
			at: expect.any(Number),
			retryAfterSeconds: 120,
			reason: undefined,
			request: 'GET /v1/search',
		});
		expect(seen?.at).toBeGreaterThanOrEqual(before);
		expect(rateLimitedUntil(seen)).toBe((seen?.at ?? 0) + 120_000);
		expect((await stat(rateLimitRecordPath(record))).mode & 0o777).toBe(0o600);
		expect(await readdir(record)).toEqual(['rate-limit.json']);
	});

	test('one waited out (a short Retry-After) is kept too, and so is QUOTA_EXCEEDED', async () => {
		const {client} = await loggedInClient(sandbox(), {onRateLimited: rateLimitRecorder(directory)});
		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'rate-limit', retryAfterSeconds: 0}});
		await client.player.state();
		expect(readRateLimitRecord(directory)).toMatchObject({
			retryAfterSeconds: 0,
			request: 'GET /v1/me/player',
		});

		sandbox().faults.inject({path: '/v1/me/player/devices', fault: {kind: 'quota-exceeded'}});
		await expect(client.player.devices()).rejects.toBeInstanceOf(RateLimitedError);
		expect(readRateLimitRecord(directory)).toMatchObject({
			retryAfterSeconds: undefined,
			reason: 'QUOTA_EXCEEDED',
			request: 'GET /v1/me/player/devices',
		});
	});

	test('a missing or unreadable record reads as none', async () => {
		expect(readRateLimitRecord(directory)).toBeUndefined();
		await writeFile(rateLimitRecordPath(directory), '{"at": "yesterday"');
		expect(readRateLimitRecord(directory)).toBeUndefined();
	});

	test('a record that cannot be written costs the request nothing', async () => {
		const file = join(directory, 'a-file');
		await writeFile(file, '');
		const {client} = await loggedInClient(sandbox(), {
			onRateLimited: rateLimitRecorder(join(file, 'inside')),
		});
		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'rate-limit', retryAfterSeconds: 0}});
		await expect(client.player.state()).resolves.toBeUndefined();
	});
});
