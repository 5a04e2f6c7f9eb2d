import {describe, expect, test} from 'vitest';
import {RetryNotices} from '../../../source/ui/retry-notices.js';
import {startPlayerPoller} from '../../../source/ui/services/player-poller.js';
import {createUiStore} from '../../../source/ui/store/ui-store.js';
import {ManualClock} from '../../helpers/manual-clock.js';
import {withSandbox} from '../../helpers/sandbox-session.js';
import {loggedInClient} from '../../helpers/spotify-setup.js';
import {press, searched, startState} from '../state/ui-state-builders.js';

const sandbox = withSandbox();
const minute = 60_000;

/** The app's store with its player poller, on a clock that moves with the sandbox's. */
async function polling() {
	const {client} = await loggedInClient(sandbox());
	const clock = new ManualClock({onAdvance: (ms) => sandbox().clock.advance(ms)});
	// A list on screen, where the player's keys work.
	const store = createUiStore(searched('x', 1, 1, startState()));
	const stop = startPlayerPoller(store, client.player, new RetryNotices(), {clock});
	const reads = () => sandbox().traffic.count('GET', '/v1/me/player');
	await clock.advance(0);
	return {store, clock, reads, stop};
}

function playSomething() {
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
	sandbox().player.play({contextUri: `spotify:album:${album?.id ?? ''}`});
}

describe("the now-playing bar's reads of the player, by the shared polling policy", () => {
	test('while playing, at most 12 reads a minute; the bar has what plays', async () => {
		playSomething();
		const {store, clock, reads, stop} = await polling();
		expect(store.getState().player.playback?.is_playing).toBe(true);
		for (let passed = 0; passed < 3; passed += 1) {
			const before = reads();
			await clock.advance(minute);
			expect(reads() - before).toBeLessThanOrEqual(12);
			expect(reads() - before).toBeGreaterThanOrEqual(11);
		}

		stop();
	});

	test('paused, 3 reads a minute', async () => {
		playSomething();
		sandbox().player.pause();
		const {clock, reads, stop} = await polling();
		const before = reads();
		await clock.advance(5 * minute);
		expect(reads() - before).toBe(15);
		stop();
	});

	test('a key after a quiet spell reads at once, keys while busy do not; so does the terminal regaining focus', async () => {
		playSomething();
		sandbox().player.pause();
		const {store, clock, reads, stop} = await polling();
		await clock.advance(10_000);
		const before = reads();
		store.dispatch({type: 'key', press: press('j')});
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		await clock.advance(3000);
		store.dispatch({type: 'key', press: press('j')});
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		store.dispatch({type: 'focus'});
		await clock.advance(0);
		expect(reads()).toBe(before + 2);
		stop();
	});

	test("after the app's own command is answered, the player is read at once and shows it", async () => {
		playSomething();
		const {store, clock, reads, stop} = await polling();
		store.dispatch({type: 'key', press: press('n')});
		const command = store.getState().player.queue[0];
		expect(command).toBeDefined();
		sandbox().player.next();
		const before = reads();
		store.dispatch({type: 'command-done', id: command?.id ?? -1});
		await clock.advance(0);
		expect(reads()).toBe(before + 1);
		expect(store.getState().player.playback?.item?.id).toBe(sandbox().player.snapshot()?.trackId);
		stop();
	});
});
