import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {replayHint, runSeed, withFuzzApi} from './fuzz-api.js';

// The built CLI (dist/cli.js) against the fuzz API, with its heap held small: it finishes, prints,
// and does not grow with what `total` claims.

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const api = withFuzzApi();
const id = '4Z8W4fKeB5YxbusRsdQVPb';

async function cli(
	run: number,
	args: readonly string[],
	options: Parameters<ReturnType<typeof api>['apiUrl']>[1] = {},
) {
	const config = join(session().env.HOME ?? '', `config-${run}.yaml`);
	const text = await readFile(session().configPath, 'utf8');
	await writeFile(config, text.replace(/^api_url: .*$/m, `api_url: ${api().apiUrl(runSeed(run), options)}`));
	const process = startCli(['--config', config, ...args], {
		...session().env,
		NODE_OPTIONS: '--max-old-space-size=64',
	});
	const code = await process.exit();
	return {code, stdout: process.stdout(), stderr: process.stderr(), hint: replayHint(run)};
}

describe('the built CLI against the fuzz API', () => {
	test('albums and tracks of lists whose total is 14,487,814 stop at 2,000 and say so, in a 64 MB heap', {
		timeout: 30_000,
	}, async () => {
		const albums = await cli(1, ['albums', `spotify:artist:${id}`], {mode: 'endless'});
		expect(albums.code, `${albums.stderr}\n${albums.hint}`).toBe(0);
		expect(albums.stdout.split('\n')[0]).toMatch(/: first [\d,]+ of 14,487,814 albums$/);
		const tracks = await cli(2, ['tracks', `spotify:album:${id}`, '--json'], {mode: 'endless'});
		expect(tracks.code, `${tracks.stderr}\n${tracks.hint}`).toBe(0);
		expect(JSON.parse(tracks.stdout)).toMatchObject({total: 14_487_814, capped: true});
		const liked = await cli(7, ['library', 'tracks'], {mode: 'endless'});
		expect(liked.code, `${liked.stderr}\n${liked.hint}`).toBe(0);
		expect(liked.stdout.split('\n')[0]).toMatch(/^Liked Songs: first [\d,]+ of 14,487,814, newest first$/);
	});

	test.each([
		[3, ['now']],
		[4, ['pause', '--json']],
		[5, ['search', 'night', '--limit', '100']],
		[6, ['devices']],
		[8, ['queue', '--json']],
		[9, ['library', 'recent']],
		[10, ['new']],
	])('run %i: %j exits 0 with its output', {timeout: 30_000}, async (run, args) => {
		const result = await cli(run, args);
		expect(result.code, `${result.stderr}\n${result.hint}`).toBe(0);
		expect(result.stdout).not.toBe('');
		expect(result.stderr).not.toContain('    at ');
	});
});
