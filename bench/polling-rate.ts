import type {AccessTokenProvider} from '../source/auth/access-token.js';
import type {Config} from '../source/config/config.js';
import {defaultScopes} from '../source/config/config.js';
import {watchPlayer} from '../source/player/player-watcher.js';
import {pollingSettings} from '../source/player/polling-policy.js';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {issueUserSession} from '../source/sandbox/user-session.js';
import {createSpotifyClient, type SpotifyClient} from '../source/spotify/spotify-client.js';
import {ManualClock} from '../test/helpers/manual-clock.js';

/** GET /me/player in each minute, by policy and by what the player does. */
export type PollingRates = {
	readonly before: {readonly playing: number[]; readonly paused: number[]};
	readonly after: {readonly playing: number[]; readonly paused: number[]};
};

/** Minutes of the player's time each policy is watched for, in each state. */
export const pollingMinutes = 30;

type Policy = (client: SpotifyClient, clock: ManualClock) => {stop(): void};

/**
 * The TUI's polling until now (use-playback.ts): the next read 2 s after each answer while
 * something plays, 5 s otherwise. Restated here, as the hook cannot run outside React.
 */
const everyTwoOrFiveSeconds: Policy = (client, clock) => {
	let stopped = false;
	let cancel: () => void = () => undefined;
	const poll = async () => {
		const state = await client.player.state().catch(() => undefined);
		if (!stopped) {
			cancel = clock.setTimer(poll, state?.is_playing === true ? 2000 : 5000);
		}
	};

	cancel = clock.setTimer(poll, 0);
	return {
		stop() {
			stopped = true;
			cancel();
		},
	};
};

const sharedPolicy: Policy = (client, clock) =>
	watchPlayer({read: async ({signal}) => client.player.state({signal}), settings: pollingSettings(), clock});

/**
 * Player reads a minute through the counting sandbox, each policy watching an album that plays on
 * (repeating, tracks ending and starting) and then the same player paused, for `pollingMinutes` of
 * the sandbox's time each, on a clock moved by hand: every read a real request, no waiting.
 */
export async function measurePollingRates(sandbox: Sandbox, config: Config): Promise<PollingRates> {
	const rate = async (policy: Policy, playing: boolean) => {
		startAlbum(sandbox, playing);
		const session = issueUserSession(sandbox, defaultScopes);
		const tokens: AccessTokenProvider = {kind: 'user', getAccessToken: async () => session.accessToken};
		const client = createSpotifyClient({config, tokens});
		const clock = new ManualClock({onAdvance: (ms) => sandbox.clock.advance(ms)});
		const reads = () => sandbox.traffic.count('GET', '/v1/me/player');
		const watching = policy(client, clock);
		const perMinute: number[] = [];
		for (let minute = 0; minute < pollingMinutes; minute += 1) {
			const before = reads();
			// Each minute from its first millisecond to its last: a read on the boundary counts once.
			await clock.advance(minute === 0 ? 59_999 : 60_000);
			perMinute.push(reads() - before);
		}

		watching.stop();
		return perMinute;
	};

	return {
		before: {
			playing: await rate(everyTwoOrFiveSeconds, true),
			paused: await rate(everyTwoOrFiveSeconds, false),
		},
		after: {playing: await rate(sharedPolicy, true), paused: await rate(sharedPolicy, false)},
	};
}

/** An album of ordinary tracks from its start, repeating, playing or paused. */
function startAlbum(sandbox: Sandbox, playing: boolean): void {
	const album = sandbox.catalog.albums.find((candidate) => candidate.trackIds.length >= 8);
	if (album === undefined) {
		throw new Error('the sandbox has no album of 8 tracks');
	}

	sandbox.player.play({contextUri: `spotify:album:${album.id}`});
	sandbox.player.setRepeat('context');
	if (!playing) {
		sandbox.player.pause();
	}
}
