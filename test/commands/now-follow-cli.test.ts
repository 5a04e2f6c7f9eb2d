import {appendFile} from 'node:fs/promises';
import {beforeEach, describe, expect, test} from 'vitest';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const cli = (...args: string[]) => startCli(['--config', session().configPath, ...args], session().env);

beforeEach(async () => {
	// A read a second while playing, so a change shows within a second.
	await appendFile(session().configPath, 'poll_interval: 1\n');
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 2);
	sandbox().player.play({contextUri: `spotify:album:${album?.id ?? ''}`});
});

describe('now --follow, the built CLI', () => {
	test.each(['SIGINT', 'SIGTERM'] as const)(
		'ends quietly on %s: exit 0, nothing on stderr',
		async (signal) => {
			const following = cli('now', '--follow');
			await following.waitFor('▶ ');
			following.child.kill(signal);
			expect(await following.exit()).toBe(0);
			expect(following.stderr()).toBe('');
		},
	);

	test('ends quietly when the reader of its output goes away, at its next line', async () => {
		const following = cli('now', '--follow', '--format', '{volume}');
		await following.waitFor('62\n');
		following.child.stdout?.destroy();
		sandbox().player.setVolume(10);
		expect(await following.exit()).toBe(0);
		expect(following.stderr()).toBe('');
	});

	test('prints each change as it comes', async () => {
		const following = cli('now', '--follow', '--format', '{state} at {volume}%');
		await following.waitFor('playing at 62%\n');
		sandbox().player.pause();
		await following.waitFor('paused at 62%\n');
		following.child.kill('SIGINT');
		expect(await following.exit()).toBe(0);
		expect(following.stdout()).toBe('playing at 62%\npaused at 62%\n');
	});

	test('now --format without --follow prints one line and ends', async () => {
		const once = cli('now', '--format', '{symbol} {device}');
		expect(await once.exit()).toBe(0);
		expect(once.stdout()).toBe('▶ Studio Desktop\n');
	});

	test.each([
		[
			['--format', '{artst}'],
			/argument '\{artst\}' is invalid\. there is no placeholder \{artst\} \(did you mean \{artist\}\?\)/,
		],
		[['--format', '{title}', '--json'], /option '--format <template>' cannot be used with option '--json'/],
	])('now %j is a usage error: exit 2, no stack', async (args, message) => {
		const wrong = cli('now', '--follow', ...args);
		expect(await wrong.exit()).toBe(2);
		expect(wrong.stderr()).toMatch(message);
		expect(wrong.stderr()).not.toMatch(/\n\s+at /);
	});
});
