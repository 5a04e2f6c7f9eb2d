import {setTimeout as delay} from 'node:timers/promises';
import {render} from 'ink';
import type {SpotifyClient} from '../source/spotify/spotify-client.js';
import {App} from '../source/ui/app.js';
import {RetryNotices} from '../source/ui/retry-notices.js';
import {InMemoryKeyboard, InMemoryScreen} from './in-memory-terminal.js';

const down = '\u001B[B';

/**
 * Milliseconds from each ↓ to the frame it draws, moving from the first to the last track of
 * `album` (listed by opening it from `artistQuery`'s first artist). The app is the real one, on
 * a 100×30 screen in this process, so the time is the app's and Ink's, not a terminal's.
 */
export async function timeKeypresses(
	client: SpotifyClient,
	{artistQuery, albumName, trackCount}: {artistQuery: string; albumName: string; trackCount: number},
): Promise<number[]> {
	const screen = new InMemoryScreen();
	const keyboard = new InMemoryKeyboard();
	const instance = render(<App client={client} retries={new RetryNotices()} />, {
		stdout: screen as unknown as NodeJS.WriteStream,
		stderr: screen as unknown as NodeJS.WriteStream,
		stdin: keyboard as unknown as NodeJS.ReadStream,
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink draws at most 30 frames a second; keys here come faster than a person's.
		maxFps: 1000,
	});
	const type = async (keys: string) => {
		for (const key of keys) {
			keyboard.press(key);
			await delay(2);
		}
	};

	try {
		await screen.waitFor(/Search artists:/);
		await type(`${artistQuery}\r`);
		await screen.waitFor(/^› /m);
		await type('\r');
		await screen.waitFor(/ALBUM\s+YEAR/);
		// Every album loaded: the position stands alone in the title.
		await screen.waitFor(/[^·] 1\/\d+$/m);
		await type(`f${albumName.slice(0, 30)}\r\r`);
		await screen.waitFor(/#\s+TITLE\s+TIME/);
		const times: number[] = [];
		for (let row = 1; row < trackCount; row += 1) {
			await delay(2);
			const drawn = screen.nextFrame();
			const pressed = performance.now();
			keyboard.press(down);
			await screen.within(drawn, `↓ to row ${row + 1}`);
			times.push(performance.now() - pressed);
		}

		await screen.waitFor(new RegExp(`› +${trackCount} `));
		return times;
	} finally {
		instance.unmount();
	}
}
