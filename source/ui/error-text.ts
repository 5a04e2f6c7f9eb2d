import {NotLoggedInError, SessionExpiredError} from '../auth/auth-errors.js';
import {UserFacingError} from '../errors.js';
import {
	LibraryNeedsLoginError,
	MissingScopeError,
	PlaybackNeedsLoginError,
	PlaylistItemsRefusedError,
	SpotifyApiError,
} from '../spotify/spotify-errors.js';

// Where the Web API's sentence names a command line, the app names its keys.
const reasonSentences: Record<string, string> = {
	NO_ACTIVE_DEVICE: 'No Spotify device is active: press d to choose one.',
	NOT_PLAYING_TRACK: 'Nothing is playing: choose a track and press Enter.',
};

/** The sentence the app shows for a failure, in sentence case: cause and next step. */
export function errorText(error: unknown): string {
	if (error instanceof SessionExpiredError) {
		return 'Your Spotify login has expired: quit with q, run `musicterminal login`, then start again.';
	}

	if (error instanceof NotLoggedInError) {
		return 'You are not logged in to Spotify: quit with q, run `musicterminal login`, then start again.';
	}

	if (error instanceof LibraryNeedsLoginError) {
		return 'Browsing only: your library needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
	}

	if (error instanceof MissingScopeError) {
		const allow = error.feature === undefined ? 'this' : error.feature;
		return error.asked || error.scope === undefined
			? `Your login does not allow ${allow} yet: quit with q and run \`musicterminal login\` again to allow it.`
			: `Your login does not allow ${allow}: add ${error.scope} to scopes in the config, then quit with q and run \`musicterminal login\` again.`;
	}

	if (error instanceof PlaylistItemsRefusedError) {
		return "Spotify lets apps read a playlist's items only when you own it or collaborate on it, which you do not here: press a to play it all.";
	}

	if (error instanceof PlaybackNeedsLoginError) {
		return 'Browsing only: playback needs a login. Quit with q, set auth_method: AUTHORIZATION_CODE in the config and run `musicterminal login`.';
	}

	if (error instanceof SpotifyApiError && error.reason !== undefined) {
		const sentence = reasonSentences[error.reason];
		if (sentence !== undefined) {
			return sentence;
		}
	}

	if (error instanceof UserFacingError) {
		return sentenceCase(error.message);
	}

	return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function sentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether asking again could help: not for a refusal that stays (a missing scope, a playlist kept from apps). */
export function isRetryable(error: unknown): boolean {
	return !(
		error instanceof MissingScopeError ||
		error instanceof PlaylistItemsRefusedError ||
		error instanceof LibraryNeedsLoginError ||
		error instanceof PlaybackNeedsLoginError
	);
}
