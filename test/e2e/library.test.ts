import {describe, expect, test} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {startCliInTerminal} from '../helpers/terminal.js';

function escapeForRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** The start of a track's name, as a row or the bar shows it. */
function trackName(sandbox: Sandbox, id: string | undefined): string {
	return (sandbox.catalog.track(id ?? '')?.name ?? '').slice(0, 20);
}

describe('the library in a real terminal, against the sandbox', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const open = () => startCliInTerminal(['--config', session().configPath], {env: session().env});

	test('play from Liked Songs: the chosen song plays, and the songs after it follow', async () => {
		const liked = sandbox().library.saved('track');
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.press('escape');
		await terminal.waitFor('2  Liked Songs');
		terminal.write('2');
		// Every song is loaded once the position stands alone.
		await terminal.waitFor(/Liked Songs · 150 tracks +1\/150$/m);
		terminal.write('jj');
		terminal.press('enter');
		await terminal.waitFor(`▶ ${trackName(sandbox(), liked[2]?.id)}`);
		expect(sandbox().player.snapshot()).toMatchObject({trackId: liked[2]?.id, isPlaying: true});
		expect(sandbox().player.queue().upNext.slice(0, 3)).toEqual(liked.slice(3, 6).map((entry) => entry.id));
		terminal.write('n');
		await terminal.waitFor(`▶ ${trackName(sandbox(), liked[3]?.id)}`);
		terminal.write('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('queue a track and see it in the queue, after what plays', async () => {
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 5);
		const playing = sandbox().catalog.albums.find(
			(candidate) => candidate !== album && candidate.trackIds.length >= 3,
		);
		sandbox().player.play({contextUri: `spotify:album:${playing?.id}`});
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write(`spotify:album:${album?.id}\r`);
		await terminal.waitFor(/#\s+TITLE\s+TIME/);
		await terminal.waitFor(/^› /m);
		terminal.write('jjj');
		terminal.write('e');
		await terminal.waitFor(`Added "${trackName(sandbox(), album?.trackIds[3])}`);
		terminal.write('8');
		await terminal.waitFor(/Queue · now and \d+ next/);
		// The rows are drawn after the title: wait for them, what plays, then the queued track, then the album's next.
		await terminal.waitFor(
			new RegExp(
				[
					`^› +now .*${escapeForRegExp(trackName(sandbox(), playing?.trackIds[0]))}.*`,
					` +1 .*${escapeForRegExp(trackName(sandbox(), album?.trackIds[3]))}.*`,
					` +2 .*${escapeForRegExp(trackName(sandbox(), playing?.trackIds[1]))}`,
				].join('\n'),
				'm',
			),
		);
		terminal.write('q');
		expect(await terminal.exit()).toBe(0);
	});

	test('seek: on and back 10 seconds, then to a typed time', async () => {
		const album = sandbox().catalog.albums.find(
			(candidate) => (sandbox().catalog.track(candidate.trackIds[0] ?? '')?.durationMs ?? 0) > 200_000,
		);
		sandbox().player.play({contextUri: `spotify:album:${album?.id}`});
		const progress = () => sandbox().player.snapshot()?.progressMs ?? 0;
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.press('escape');
		await terminal.waitFor('musicterminal › Home');
		await terminal.waitFor(/▶ .*\n.* 0:0\d \//);
		terminal.write('>>>');
		await terminal.waitFor(/ 0:3\d \//);
		expect(progress()).toBeGreaterThanOrEqual(30_000);
		terminal.write('<');
		await terminal.waitFor(/ 0:2\d \//);
		expect(progress()).toBeLessThan(30_000 + 10_000);
		terminal.write('t');
		await terminal.waitFor('Go to:');
		terminal.write('3:05\r');
		await terminal.waitFor(/ 3:0\d \//);
		expect(progress()).toBeGreaterThanOrEqual(185_000);
		terminal.write('q');
		expect(await terminal.exit()).toBe(0);
	});
});
