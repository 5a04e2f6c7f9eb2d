import {describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {parseFaultSpec} from '../../source/sandbox/fault-spec.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {leakedSecrets, secretsOf} from '../helpers/secret-leaks.js';
import {startCliInTerminal, type Terminal} from '../helpers/terminal.js';

/** From a list of search results, back through the search box to the home. */
async function goHome(terminal: Terminal): Promise<void> {
	terminal.press('escape');
	await terminal.waitFor('Recent searches');
	terminal.press('escape');
	await terminal.waitFor('musicterminal › Home');
}

// The terminal UI against a server that repeats the request's secrets in its errors: the errors
// show, in place of a list and on the last line, and no frame carries a piece of a secret.
describe('the app in a real terminal, with the echo fault on', () => {
	const sandbox = withSandbox();
	const session = withCommandSession(sandbox);
	const open = () => startCliInTerminal(['--config', session().configPath], {env: session().env});
	const directory = () => defaultTokenDirectory(session().env);

	test('the Web API: a search, playback keys and the devices fail with the server words, its secrets left out', async () => {
		const secrets = secretsOf(sandbox(), directory());
		sandbox().faults.inject(parseFaultSpec('echo,path=/v1/*'));
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write('endless\r');
		await terminal.waitFor(/Press Enter\s+to\s+try\s+again\./);
		expect(terminal.screen()).toMatch(/Spotify refused GET \/search \(Malformed request\. You sent/);
		await goHome(terminal);
		terminal.write('2');
		await terminal.waitFor(/Spotify refused GET \/me\/tracks/);
		terminal.press('space');
		await terminal.waitFor(/refused PUT \/me\/player\/play/);
		terminal.write('d');
		await terminal.waitFor(/Spotify refused GET \/me\/player\/devices/);
		terminal.press('escape');
		terminal.write('q');
		expect(await terminal.exit()).toBe(0);
		expect(leakedSecrets(terminal.written(), secrets), terminal.screen()).toEqual([]);
	});

	test('the accounts service: renewing the login fails with its words, the client secret and refresh token left out', async () => {
		const store = new TokenStore({directory: directory()});
		const stored = store.read();
		if (stored === undefined) {
			throw new Error('the session has no login');
		}

		store.write({...stored, accessTokenExpiresAt: Date.now() - 60_000});
		const secrets = secretsOf(sandbox(), directory());
		sandbox().faults.inject(parseFaultSpec('echo,path=/api/token'));
		const terminal = open();
		await terminal.waitFor('Search artists:');
		terminal.write('endless\r');
		await terminal.waitFor(/Press Enter\s+to\s+try\s+again\./);
		expect(terminal.screen()).toContain('The Spotify accounts service refused the request (invalid_request:');
		await goHome(terminal);
		terminal.press('space');
		await terminal.waitFor(/^The Spotify accounts service refused/m);
		terminal.press('ctrl-c');
		expect(await terminal.exit()).toBe(0);
		expect(leakedSecrets(terminal.written(), secrets), terminal.screen()).toEqual([]);
	});
});
