import {describe, expect, test} from 'vitest';
import {UserFacingError} from '../../source/errors.js';
import {startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

/** A promise the test settles: the moment the TUI's connection is set up, or fails to be. */
function connection() {
	let settle: {resolve: () => void; reject: (error: Error) => void} | undefined;
	const connected = new Promise<void>((resolve, reject) => {
		settle = {resolve, reject};
	});
	return {connected, ...(settle as NonNullable<typeof settle>)};
}

describe('the screen opens before the connection to Spotify is set up', () => {
	test('a search typed meanwhile waits, then shows its results', async () => {
		const {connected, resolve} = connection();
		const app = await startApp(sandbox(), {connected});
		await app.waitFor('Search artists:');
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('Searching…');
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(0);

		resolve();
		await app.waitFor('The Endless Archive Orchestra');
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(1);
	});

	test('a connection that fails says why where it was needed, and the app goes on', async () => {
		const {connected, reject} = connection();
		const app = await startApp(sandbox(), {connected});
		reject(new UserFacingError('the demo could not start its sandbox: no free port on 127.0.0.1.'));
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('The demo could not start its sandbox: no free port on 127.0.0.1.');
		await app.press('escape');
		await app.waitFor(/Recent searches[^\n]*\n {2}endless/);
	});
});
