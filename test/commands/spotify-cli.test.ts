import {describe, expect, test} from 'vitest';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const cli = (...args: string[]) => startCli(['--config', session().configPath, ...args], session().env);

async function run(...args: string[]) {
	const process = cli(...args);
	const code = await process.exit();
	return {code, stdout: process.stdout(), stderr: process.stderr()};
}

describe('the built CLI', () => {
	test('library playlists and a playlist of your own exit 0; a followed one exits 1, saying why', async () => {
		const listed = await run('library', 'playlists');
		expect({code: listed.code, stderr: listed.stderr}).toEqual({code: 0, stderr: ''});
		expect(listed.stdout).toContain('Deep Focus');
		const followed = sandbox()
			.library.playlists()
			.find((playlist) => playlist.relation === 'followed');
		const refused = await run('playlist', `spotify:playlist:${followed?.id}`);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(
			/^musicterminal: Spotify lets apps read a playlist's items only when you own it or collaborate on it, .*: play it all with `musicterminal play spotify:playlist:\w+`\.\n$/,
		);
	});

	test('a search exits 0 with tables on stdout and nothing on stderr', async () => {
		const {code, stdout, stderr} = await run(
			'search',
			'the',
			'orchestra',
			'--type',
			'artist,album',
			'--limit',
			'2',
		);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		expect(stdout).toMatch(/^Artists: /);
		expect(stdout).toContain('\nAlbums: ');
	});

	test('now --json is JSON on stdout', async () => {
		const {code, stdout} = await run('now', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({isPlaying: false, item: null});
	});

	test.each([
		[['volume', '140'], /^musicterminal: the volume is a level from 0 to 100/],
		[
			['albums', `spotify:album:${'a'.repeat(22)}`],
			/^musicterminal: `albums` lists an artist's albums, and .* is an album\.$/,
		],
		[['play', '--offset', '3'], /^musicterminal: --offset says where to start in an album or playlist/],
		[
			['search', 'x', '--type', 'playlist'],
			/option '--type <types>' argument 'playlist' is invalid\. Choose from artist, album, track/,
		],
		[['search', 'x', '--limit', '0'], /argument '0' is invalid\. The limit is a whole number from 1 to 100/],
		[['search'], /missing required argument 'query'/],
		[['seek', 'soon'], /^musicterminal: a position is minutes and seconds \(1:23\)/],
		[['shuffle', 'maybe'], /Allowed choices are on, off\./],
		[['repeat', 'album'], /Allowed choices are off, context, track\./],
		[['library', 'songs'], /Allowed choices are tracks, albums, playlists, recent, artists\./],
		[['queue', 'remove', 'x'], /^musicterminal: `queue` lists the queue, and `queue add <item>` adds to it/],
		[['playlist', 'deep', 'focus'], /too many arguments|name the playlist by its id/],
		[['like', '--type', 'album'], /^musicterminal: --type says what an id or words name/],
	])('%j is a usage error: exit 2, one line on stderr', async (args, message) => {
		const {code, stdout, stderr} = await run(...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.split('\n')[0]).toMatch(message);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	test('a failure exits 1 with one line naming the cause and the next step', async () => {
		sandbox().clock.advance(200 * 24 * 3_600_000);
		const {code, stdout, stderr} = await run('next');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('musicterminal: your Spotify session has expired: run `musicterminal login`.\n');
	});

	test('a player refusal exits 1 with Spotify’s reason in words', async () => {
		const {code, stderr} = await run('next');
		expect(code).toBe(1);
		expect(stderr).toBe(
			'musicterminal: nothing is playing: start something with `musicterminal play <uri>`.\n',
		);
	});

	test.each([
		'search',
		'albums',
		'tracks',
		'devices',
		'play',
		'pause',
		'resume',
		'next',
		'previous',
		'volume',
		'now',
	])('%s --help explains the command and exits 0', async (command) => {
		const {code, stdout} = await run(command, '--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(new RegExp(`^Usage: musicterminal ${command} `));
		expect(stdout).toContain('--json');
	});
});
