import {UserFacingError} from '../errors.js';
import {excerpt} from '../format/terminal-text.js';

/** The Web API answered with an error status; `message` is the sentence for people. */
export class SpotifyApiError extends UserFacingError {
	override readonly name: string = 'SpotifyApiError';
	readonly status: number;
	/** Spotify's `reason`, such as NO_ACTIVE_DEVICE or PREMIUM_REQUIRED, when it gave one. */
	readonly reason: string | undefined;
	/** Spotify's own `message`, as it sent it. */
	readonly apiMessage: string | undefined;

	constructor(
		sentence: string,
		details: {status: number; reason?: string | undefined; apiMessage?: string | undefined},
	) {
		super(sentence);
		this.status = details.status;
		this.reason = details.reason;
		this.apiMessage = details.apiMessage;
	}
}

/** HTTP 429 that was not (or no longer) worth waiting for: a long Retry-After, or a spent quota. */
export class RateLimitedError extends SpotifyApiError {
	override readonly name = 'RateLimitedError';
	/** How long Spotify asked to wait; undefined when it did not say. */
	readonly retryAfterSeconds: number | undefined;

	constructor(
		sentence: string,
		details: {
			reason?: string | undefined;
			apiMessage?: string | undefined;
			retryAfterSeconds: number | undefined;
		},
	) {
		super(sentence, {status: 429, reason: details.reason, apiMessage: details.apiMessage});
		this.retryAfterSeconds = details.retryAfterSeconds;
	}

	get quotaExceeded(): boolean {
		return this.reason === 'QUOTA_EXCEEDED';
	}
}

/** No usable answer: the connection failed, was dropped, or the server took too long. */
export class SpotifyNetworkError extends UserFacingError {
	override readonly name = 'SpotifyNetworkError';
	readonly timedOut: boolean;

	constructor(sentence: string, {timedOut}: {timedOut: boolean}) {
		super(sentence);
		this.timedOut = timedOut;
	}
}

/** A 2xx answer that is not what Spotify sends: another server at api_url, or a broken proxy. */
export class UnexpectedResponseError extends UserFacingError {
	override readonly name = 'UnexpectedResponseError';
}

/** Playback was asked of a client-credentials token, which Spotify never lets control a player. */
export class PlaybackNeedsLoginError extends UserFacingError {
	override readonly name = 'PlaybackNeedsLoginError';

	constructor(configName: string) {
		super(
			`playback needs a Spotify login, and ${configName} uses CLIENT_CREDENTIALS (catalog only): set auth_method: AUTHORIZATION_CODE there and run \`musicterminal login\`.`,
		);
	}
}

/** The login lacks a scope a call needs: logging in again (after adding it to `scopes`) allows it. */
export class MissingScopeError extends SpotifyApiError {
	override readonly name = 'MissingScopeError';
	/** The scope, when the call is one whose scope is known. */
	readonly scope: string | undefined;
	/** What the scope allows, as "allow …" ends: "reading your playlists". */
	readonly feature: string | undefined;
	/** False when the config's `scopes` does not ask for it: it must be added there first. */
	readonly asked: boolean;

	constructor(
		sentence: string,
		details: {status: number; apiMessage?: string | undefined},
		missing: {scope: string | undefined; feature: string | undefined; asked: boolean},
	) {
		super(sentence, details);
		this.scope = missing.scope;
		this.feature = missing.feature;
		this.asked = missing.asked;
	}
}

/** Spotify lets apps read a playlist's items only for its owner and collaborators (2026). */
export class PlaylistItemsRefusedError extends SpotifyApiError {
	override readonly name = 'PlaylistItemsRefusedError';
	readonly playlistUri: string;

	constructor(
		playlist: {readonly uri: string; readonly name?: string | undefined},
		details: {status: number; apiMessage?: string | undefined},
	) {
		const named =
			playlist.name === undefined ? playlist.uri : `"${excerpt(playlist.name)}" (${playlist.uri})`;
		super(
			`Spotify lets apps read a playlist's items only when you own it or collaborate on it, which you do not for ${named}: play it all with \`musicterminal play ${playlist.uri}\`.`,
			details,
		);
		this.playlistUri = playlist.uri;
	}
}

/** The library was asked of a client-credentials token, which has no user and so no library. */
export class LibraryNeedsLoginError extends UserFacingError {
	override readonly name = 'LibraryNeedsLoginError';

	constructor(configName: string) {
		super(
			`your library needs a Spotify login, and ${configName} uses CLIENT_CREDENTIALS (catalog only): set auth_method: AUTHORIZATION_CODE there and run \`musicterminal login\`.`,
		);
	}
}
