import {NotLoggedInError, SessionExpiredError} from '../auth/auth-errors.js';
import {UserFacingError} from '../errors.js';
import {PlaybackNeedsLoginError, SpotifyApiError} from '../spotify/spotify-errors.js';

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
