import {describe, expect, test} from 'vitest';
import {startCli} from '../helpers/cli-process.js';

async function run(...args: string[]) {
	const cli = startCli(args, {XDG_CONFIG_HOME: '/nonexistent'});
	const code = await cli.exit();
	return {code, stdout: cli.stdout(), stderr: cli.stderr()};
}

describe('the built CLI words its own messages once and as sentences', () => {
	test('the full-screen app without a terminal names itself once', async () => {
		const {code, stderr} = await run('--demo');
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/^musicterminal: the full-screen app needs a terminal for both input and output\. /,
		);
		expect(stderr).not.toContain('musicterminal: musicterminal');
	});

	test.each([
		[
			['search', 'x', '--limit', '0'],
			"musicterminal: option '--limit <n>' argument '0' is invalid. The limit is a whole number from 1 to 100. `musicterminal search --help` tells how it is used.\n",
		],
		[
			['sandbox', '--port', 'x'],
			"musicterminal: option '--port <port>' argument 'x' is invalid. A port is a whole number from 0 to 65535. `musicterminal sandbox --help` tells how it is used.\n",
		],
		[
			['play', 'x', '--type', 'song'],
			"musicterminal: option '--type <type>' argument 'song' is invalid. Choose one of artist, album, track, playlist, show, episode. `musicterminal play --help` tells how it is used.\n",
		],
	])('%j: the sentence after the full stop starts with a capital', async (args, line) => {
		const {code, stderr} = await run(...args);
		expect(code).toBe(2);
		expect(stderr).toBe(line);
	});

	test.each([
		[
			['search'],
			"musicterminal: missing required argument 'query'. `musicterminal search --help` tells how it is used.\n",
		],
		[
			['serch', 'x'],
			"musicterminal: unknown command 'serch': did you mean search? `musicterminal --help` tells how it is used.\n",
		],
		[
			['devices', '--bogus'],
			"musicterminal: unknown option '--bogus'. `musicterminal devices --help` tells how it is used.\n",
		],
	])(
		'%j: a usage error is one line in our voice, with where the usage is told, and exit 2',
		async (args, line) => {
			const {code, stderr} = await run(...args);
			expect(code).toBe(2);
			expect(stderr).toBe(line);
		},
	);

	test('defaults in the help are words, not JSON', async () => {
		const {stdout} = await run('search', '--help');
		expect(stdout).toContain('(default: artist,album,track)');
		expect(stdout).not.toContain('["');
	});

	test('an argument echoed back is cut to about 200 characters', async () => {
		const {code, stderr} = await run('search', 'x', '--limit', '9'.repeat(10_000));
		expect(code).toBe(2);
		expect(stderr).toMatch(/^musicterminal: option '--limit <n>' argument '9{200}…' is invalid\./);
	});
});
