import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startCliInTerminal, type Terminal} from '../helpers/terminal.js';
import {replayHint, runSeed, withFuzzApi} from './fuzz-api.js';

// The terminal UI, built, in a real pseudo-terminal, against the fuzz API: search, an artist, its
// albums, an album's tracks, play, and the now-playing bar polling random player states.

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const api = withFuzzApi();
const run = 7;

/** Waits for the first of `outcomes` on the screen and says which it was. */
async function firstOf(terminal: Terminal, outcomes: Record<string, RegExp>): Promise<string> {
	const pattern = new RegExp(
		Object.values(outcomes)
			.map((outcome) => `(${outcome.source})`)
			.join('|'),
		'm',
	);
	await terminal.waitFor(pattern, {timeoutMs: 15_000});
	const screen = terminal.screen();
	return Object.entries(outcomes).find(([, outcome]) => outcome.test(screen))?.[0] ?? '';
}

describe('the terminal UI against the fuzz API', () => {
	test('search → artist → albums → tracks → play, and the now-playing bar, never break', {
		timeout: 60_000,
	}, async () => {
		const config = join(session().env.HOME ?? '', 'config-tui.yaml');
		const text = await readFile(session().configPath, 'utf8');
		const apiUrl = api().apiUrl(runSeed(run), {minItems: 1});
		await writeFile(config, text.replace(/^api_url: .*$/m, `api_url: ${apiUrl}`));
		const terminal = startCliInTerminal(['--config', config], {env: session().env});
		const hint = replayHint(run);
		const broken = /something Spotify never sends|TypeError|RangeError| {4}at /;

		await terminal.waitFor('Search artists:');
		terminal.write('night');
		await terminal.waitFor('Search artists: night');
		terminal.press('enter');
		// A screen is open once its list shows a selected row (›); Enter before that would do nothing.
		const walk = [
			{opened: /^Artists matching "night" · [\s\S]*^› /m, empty: /No artist matches/},
			{opened: /ALBUM\s+YEAR\s+TRACKS[\s\S]*^› /m, empty: /has no albums on Spotify/},
			{opened: /#\s+TITLE\s+TIME[\s\S]*^› /m, empty: /This album has no tracks/},
		];
		const reached: string[] = [];
		for (const step of walk) {
			const outcome = await firstOf(terminal, {...step, failed: /Press Enter to try again/});
			reached.push(outcome);
			expect(terminal.screen(), hint).not.toMatch(broken);
			expect(terminal.wrappedRows(), `${hint}; ${terminal.screen()}`).toBe(0);
			if (outcome !== 'opened') {
				break;
			}

			// Enter opens the selected row; on the tracks screen it plays the album from that track.
			terminal.press('enter');
		}

		// Then pause or resume, and skip: each a command, each followed by the player read again.
		const served = (endpoint: 'player command' | 'GET /me/player') => api().served.get(endpoint) ?? 0;
		for (const key of ['space', 'n']) {
			const [commands, reads] = [served('player command'), served('GET /me/player')];
			terminal.press(key);
			await vi.waitFor(
				() => {
					expect(served('player command')).toBeGreaterThan(commands);
					expect(served('GET /me/player')).toBeGreaterThan(reads);
				},
				{timeout: 15_000, interval: 50},
			);
			// Whatever the player says (an ad, a local file, an episode, nothing), the bar shows it.
			await terminal.waitFor(/[▶⏸] \S|Nothing is playing/, {timeoutMs: 15_000});
			expect(terminal.screen(), `${hint}; reached ${reached.join(' → ')}`).not.toMatch(broken);
		}

		terminal.press('q');
		expect(await terminal.exit(), hint).toBe(0);
	});

	test('every section of the home, and the keys on their rows, never break', {timeout: 90_000}, async () => {
		const config = join(session().env.HOME ?? '', 'config-library.yaml');
		const text = await readFile(session().configPath, 'utf8');
		const libraryRun = 8;
		await writeFile(
			config,
			text.replace(/^api_url: .*$/m, `api_url: ${api().apiUrl(runSeed(libraryRun), {minItems: 1})}`),
		);
		const terminal = startCliInTerminal(['--config', config], {env: session().env});
		const hint = replayHint(libraryRun);
		const broken = /something Spotify never sends|TypeError|RangeError|undefined| {4}at /;
		await terminal.waitFor('Search artists:');
		terminal.press('escape');
		await terminal.waitFor('9  Now playing');
		const titles = [
			'Liked Songs',
			'Your albums',
			'Playlists',
			'Recently played',
			'Artists you follow',
			'New releases',
			'Queue',
			'Now playing',
		];
		for (const [index, title] of titles.entries()) {
			terminal.write(String(index + 2));
			const outcome = await firstOf(terminal, {
				opened: new RegExp(`^${title}[\\s\\S]*^› `, 'm'),
				empty:
					/^(No liked songs yet|No saved albums yet|You have no playlists|Nothing played recently|You follow no artists|No new releases|Nothing is playing, and nothing is queued|Nothing is playing: choose)/m,
				failed: /Press Enter to try again|Spotify lets apps read/,
			});
			expect(terminal.screen(), `${hint}; ${title}: ${outcome}`).not.toMatch(broken);
			// Names joining emoji, combining marks and wide scripts: no row runs past the edge.
			expect(terminal.wrappedRows(), `${hint}; ${title}: ${terminal.screen()}`).toBe(0);
			if (outcome === 'opened') {
				// Queue it, like it, open it, and seek, whatever the row is.
				terminal.write('e');
				terminal.write('L');
				terminal.press('enter');
				terminal.write('>');
				terminal.write('0');
				await terminal.waitFor('musicterminal › Home', {timeoutMs: 15_000});
				expect(terminal.screen(), `${hint}; ${title}`).not.toMatch(broken);
			}
		}

		terminal.press('q');
		expect(await terminal.exit(), hint).toBe(0);
	});
});
