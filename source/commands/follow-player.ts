import {NotLoggedInError, SessionExpiredError} from '../auth/auth-errors.js';
import {TokenStoreError} from '../auth/token-store.js';
import {jsonLine, terminalSafe} from '../format/terminal-text.js';
import {playerChangeKey} from '../player/player-changes.js';
import {type PlayerSnapshot, watchPlayer} from '../player/player-watcher.js';
import type {PollingSettings} from '../player/polling-policy.js';
import type {WatcherClock} from '../player/watcher-clock.js';
import type {PlaybackState} from '../spotify/schemas.js';
import type {SpotifyCalls} from '../spotify/spotify-client.js';
import {PlaybackNeedsLoginError, RateLimitedError, SpotifyApiError} from '../spotify/spotify-errors.js';
import type {CommandIo} from './command-io.js';
import {playerJson} from './output/json-shapes.js';
import {type NowTemplate, renderNowTemplate} from './output/now-template.js';
import {playbackLine} from './output/playback-line.js';

export type FollowOptions = {
	readonly json: boolean;
	readonly template: NowTemplate | undefined;
	readonly settings: PollingSettings;
	/** Aborted on Ctrl-C, SIGTERM or a closed stdout: following ends quietly. */
	readonly stop: AbortSignal;
	readonly clock?: WatcherClock;
	readonly sharedRateLimit?: () => number | undefined;
};

/**
 * Prints what plays each time it changes (not its progress), until `stop`. A lost connection,
 * a failing server or a rate limit is told once on stderr, and again when it is over; following
 * goes on. What no waiting mends (a login to renew, a refusal) ends it with that error.
 */
export async function followPlayer(
	player: Pick<SpotifyCalls['player'], 'state'>,
	options: FollowOptions,
	io: CommandIo,
): Promise<void> {
	if (options.stop.aborted) {
		return;
	}

	const watcher = watchPlayer({
		read: async ({signal}) => player.state({signal}),
		settings: options.settings,
		clock: options.clock,
		sharedRateLimit: options.sharedRateLimit,
	});
	const render = lineFor(options);
	let printed: string | undefined;
	let troubled = false;
	try {
		await new Promise<void>((resolve, reject) => {
			options.stop.addEventListener('abort', () => resolve(), {once: true});
			watcher.subscribe((snapshot: PlayerSnapshot) => {
				if (snapshot.error !== undefined) {
					if (isLasting(snapshot.error)) {
						reject(snapshot.error);
					} else if (!troubled) {
						troubled = true;
						io.stderr(`musicterminal: ${troubleNotice(snapshot.error, options.settings)}\n`);
					}

					return;
				}

				if (troubled) {
					troubled = false;
					io.stderr('musicterminal: Spotify answers again; following on.\n');
				}

				const line = render(snapshot.state);
				if (line !== printed) {
					printed = line;
					io.stdout(line);
				}
			});
		});
	} finally {
		watcher.stop();
	}
}

/** The text printed for a state; a state printing the same text as the last one is not news. */
function lineFor({json, template}: FollowOptions): (state: PlaybackState | undefined) => string {
	if (json) {
		// The key decides, so a change of a field the JSON lacks is not printed as a repeat.
		let lastKey: string | undefined;
		let lastLine = '';
		return (state) => {
			const key = playerChangeKey(state);
			if (key !== lastKey) {
				lastKey = key;
				lastLine = jsonLine(playerJson(state));
			}

			return lastLine;
		};
	}

	return (state) => `${template === undefined ? playbackLine(state) : renderNowTemplate(template, state)}\n`;
}

/** Failures that waiting will not mend: no login, a login Spotify refuses, a refusal of the app. */
function isLasting(error: unknown): boolean {
	if (error instanceof RateLimitedError) {
		return false;
	}

	if (error instanceof SpotifyApiError) {
		return error.status < 500;
	}

	// Any other AuthError may be the accounts service out of reach, which passes.
	return (
		error instanceof SessionExpiredError ||
		error instanceof NotLoggedInError ||
		error instanceof PlaybackNeedsLoginError ||
		error instanceof TokenStoreError
	);
}

function troubleNotice(error: unknown, settings: PollingSettings): string {
	const said = terminalSafe(error instanceof Error ? error.message : String(error));
	if (error instanceof RateLimitedError) {
		return `${said} Following waits as long, then goes on.`;
	}

	return `${said} Still following: trying again every ${Math.round(settings.idleIntervalMs / 1000)} s.`;
}
