import {expect, test} from 'vitest';
import {withCommandSession} from '../helpers/command-session.js';
import {hostileErrorBody, hostileTitle, withHostileSandbox} from '../helpers/hostile-text.js';
import {startCliInTerminal} from '../helpers/terminal.js';

const sandbox = withHostileSandbox();
const session = withCommandSession(sandbox);

test('names and error messages with escape sequences neither retitle nor clear the terminal', async () => {
	const terminal = startCliInTerminal(['--config', session().configPath], {env: session().env});
	await terminal.waitFor('Search artists:');
	terminal.write('endless');
	terminal.press('enter');
	// Backspaces in the names show as symbols instead of rewriting the line.
	await terminal.waitFor(/› The Endless Archive Orchestra.*␈␈␈/);
	terminal.press('enter');
	// The header's trail and the albums list.
	await terminal.waitFor(/^musicterminal › "endless" › The Endless Archive Orchestra.*␈/m);
	await terminal.waitFor(/ALBUM\s+YEAR\s+TRACKS/);
	terminal.press('enter');
	await terminal.waitFor(/#\s+TITLE\s+TIME/);
	// Playing fills the now-playing bar with the track, artist and device names.
	terminal.press('enter');
	await terminal.waitFor(/^▶ .*␈/m);
	await terminal.waitFor(/on Studio Desktop.*␈/);
	// The device picker lists the devices by name.
	terminal.press('d');
	await terminal.waitFor(/Pocket Phone.*␈/);
	terminal.press('escape');
	await terminal.waitForGone('Pocket Phone');
	// An error whose message carries them, shown in place of a list.
	sandbox().faults.inject({
		path: /^\/v1\/albums\//,
		fault: {kind: 'json-answer', status: 400, body: hostileErrorBody(400)},
		times: Number.POSITIVE_INFINITY,
	});
	terminal.press('escape');
	await terminal.waitFor(/ALBUM\s+YEAR\s+TRACKS/);
	terminal.press('down');
	terminal.press('enter');
	await terminal.waitFor(/Spotify refused GET \/albums\/\w+ for album \w+ \(Bad.*␈/);
	await terminal.waitFor('Press Enter to try again.');
	expect(terminal.screen()).toMatch(/^musicterminal/);
	expect(terminal.titles()).not.toContain(hostileTitle);
	expect(terminal.titles()).toEqual([]);
	expect(terminal.screenClears()).toBe(0);
	terminal.press('q');
	expect(await terminal.exit()).toBe(0);
});

test('a name quoted in a sentence outside any list (an artist without albums) is shown harmlessly too', async () => {
	const emptyPage = {href: '', items: [], limit: 10, next: null, offset: 0, previous: null, total: 0};
	sandbox().faults.inject({
		path: /^\/v1\/artists\/\w+\/albums$/,
		fault: {kind: 'json-answer', status: 200, body: emptyPage},
		times: Number.POSITIVE_INFINITY,
	});
	const terminal = startCliInTerminal(['--config', session().configPath], {env: session().env});
	await terminal.waitFor('Search artists:');
	terminal.write('endless');
	terminal.press('enter');
	await terminal.waitFor(/› The Endless Archive Orchestra/);
	terminal.press('enter');
	await terminal.waitFor(/^The Endless Archive Orchestra.*␈␈␈.*evil has no albums on Spotify\./m);
	expect(terminal.titles()).toEqual([]);
	expect(terminal.screenClears()).toBe(0);
	expect(terminal.screen()).toMatch(/^musicterminal/);
	terminal.press('q');
	expect(await terminal.exit()).toBe(0);
});
