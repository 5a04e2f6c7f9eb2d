import stringWidth from 'string-width';
import {describe, expect, test, vi} from 'vitest';
import {plainTheme, themeFor} from '../../source/ui/components/theme.js';
import {helpLines} from '../../source/ui/keys/keymap.js';
import {browseToAlbums, startApp} from '../helpers/app-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

async function searchAndOpenTracks(app: Awaited<ReturnType<typeof startApp>>) {
	await browseToAlbums(app);
	await app.press('enter');
	await app.waitFor(/#\s+TITLE\s+TIME/);
}

describe('errors in the status line, with the next step', () => {
	test('a free account is told playback needs Premium, and browsing goes on', async () => {
		sandbox().controls.premium = false;
		const app = await startApp(sandbox());
		await searchAndOpenTracks(app);
		await app.press('enter');
		await app.waitFor('Controlling playback needs Spotify Premium on the account you logged in with.');
		await app.press('escape');
		await app.waitFor('ALBUM');
		expect(app.frame()).not.toContain('Premium');
	});

	test('with an app token browsing works, and playback keys say a login is needed', async () => {
		const app = await startApp(sandbox(), {login: false});
		await app.waitFor('─ Browsing only: playback needs a login.');
		await searchAndOpenTracks(app);
		expect(app.frame()).not.toContain('space play');
		await app.press('space');
		await app.waitFor(
			/^Browsing only: playback needs a login\. Quit with q, set auth_method: AUTHORIZATION_CODE/m,
		);
		expect(sandbox().traffic.count(undefined, /^\/v1\/me/)).toBe(0);
	});

	test('an expired session says to log in again', async () => {
		const app = await startApp(sandbox());
		sandbox().clock.advance(200 * 24 * 3_600_000);
		await app.type('endless');
		await app.press('enter');
		await app.waitFor(
			'Your Spotify login has expired: quit with q, run `musicterminal login`, then start again.',
		);
	});

	test('a search that fails says why; Enter tries again once the server is back', async () => {
		const app = await startApp(sandbox());
		const fault = sandbox().faults.inject({
			path: '/v1/search',
			fault: {kind: 'server-error', status: 503, body: 'html'},
			times: Number.POSITIVE_INFINITY,
		});
		await app.type('endless');
		await app.press('enter');
		await app.waitFor(
			/The Spotify Web API failed on GET \/search \(HTTP 503, also after 2 more tries\): try again in a minute\. Press Enter to try again\./,
		);
		fault.remove();
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 found');
	});

	test('while Spotify asks to wait, the bar counts down', async () => {
		const app = await startApp(sandbox());
		await searchAndOpenTracks(app);
		// Only now: the bar's own polling, on a slow machine, could meet it first and be done waiting.
		sandbox().faults.inject({path: '/v1/me/player', fault: {kind: 'rate-limit', retryAfterSeconds: 3}});
		await app.press('enter');
		await app.waitFor(/Spotify asks to wait: trying again in [1-3] s\./);
		await app.waitFor(/▶ /);
	});
});

describe('waiting', () => {
	test('a wait longer than 150 ms shows a spinner with what is being waited for', async () => {
		const app = await startApp(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'slow', delayMs: 600}});
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('Searching…');
		await app.waitFor('› The Endless Archive Orchestra');
		expect(app.frame()).not.toContain('Searching…');
	});
});

describe('late answers', () => {
	test('an answer for a search the user left never replaces the newer one', async () => {
		const app = await startApp(sandbox());
		sandbox().faults.inject({path: '/v1/search', fault: {kind: 'slow', delayMs: 300}});
		await app.type('the');
		await app.press('enter');
		await app.waitFor('Artists matching "the"');
		await app.press('escape');
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('Artists matching "endless" · 1 found');
		await vi.waitFor(() => {
			expect(sandbox().traffic.inFlight).toBe(0);
			expect(sandbox().traffic.count('GET', '/v1/search')).toBe(2);
		});
		expect(app.frame()).toContain('Artists matching "endless" · 1 found');
		expect(app.frame()).not.toContain('The Silver Orchards');
	});
});

describe('layout', () => {
	test('below 40×12 a notice says so; at 40×12 the app is usable', async () => {
		const app = await startApp(sandbox(), {columns: 39, rows: 12});
		await app.waitFor('Terminal too small: 39×12. musicterminal needs at least 40×12.');
		// Nothing shows what keys would do, so they do nothing.
		await app.type('the');
		await app.press('enter');
		app.resize(40, 12);
		await app.waitFor('Search artists:');
		expect(app.frame()).not.toContain('the');
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('› The Endless Archive Orchestra');
		await app.press('enter');
		await app.waitFor('ALBUM');
		const lines = app.frame().split('\n');
		expect(lines.length).toBeLessThanOrEqual(11);
		expect(lines.every((line) => stringWidth(line) <= 40)).toBe(true);
		expect(lines.filter((line) => /^[› ] \S/.test(line)).length).toBeGreaterThanOrEqual(4);
	});

	test('at 80 columns the hints still end with the keys for help and for quitting', async () => {
		const app = await startApp(sandbox(), {columns: 80});
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('› The Endless Archive Orchestra');
		const hints = app.frame().split('\n').at(-1) ?? '';
		expect(hints).toMatch(/^Enter open · .*space play · .* · \? help · q quit\s*$/);
		expect(stringWidth(hints)).toBeLessThanOrEqual(80);
	});

	test('at 40×12 the help scrolls to its last key', async () => {
		const app = await startApp(sandbox(), {columns: 40, rows: 12});
		await app.type('endless');
		await app.press('enter');
		await app.waitFor('› The Endless Archive Orchestra');
		await app.press('?');
		await app.waitFor('Keys · ↑/↓ for more');
		const last = helpLines().at(-1)?.keys ?? '';
		expect(app.frame()).not.toContain(last);
		await app.press(...Array.from({length: helpLines().length}, () => 'down'));
		await app.waitFor(last);
		await app.press('escape');
		await app.waitFor('› The Endless Archive Orchestra');
	});

	test('a resize redraws the screen at the new size', async () => {
		const app = await startApp(sandbox());
		await browseToAlbums(app);
		expect(
			app
				.frame()
				.split('\n')
				.some((line) => stringWidth(line) > 60),
		).toBe(true);
		app.resize(60, 20);
		await vi.waitFor(() => {
			expect(
				app
					.frame()
					.split('\n')
					.every((line) => stringWidth(line) <= 60),
			).toBe(true);
		});
		expect(app.frame().split('\n').length).toBeLessThanOrEqual(19);
	});

	test('names in wide scripts and emoji are cut by display width, never past the edge', async () => {
		const wide = sandbox().catalog.artists.find(
			(artist) => stringWidth(artist.name) > [...artist.name].length,
		);
		expect(wide).toBeDefined();
		const app = await startApp(sandbox(), {columns: 40, rows: 12});
		await app.type(wide?.name ?? '');
		await app.press('enter');
		await app.waitFor(new RegExp(`› ${wide?.name.slice(0, 4)}`));
		expect(
			app
				.frame()
				.split('\n')
				.every((line) => stringWidth(line) <= 40),
		).toBe(true);
	});

	test('NO_COLOR turns colour off and keeps bold, dim and inverse', () => {
		expect(themeFor({NO_COLOR: '1'})).toBe(plainTheme);
		expect(themeFor({NO_COLOR: ''})).not.toBe(plainTheme);
		expect(JSON.stringify(plainTheme)).not.toContain('color"');
	});
});
