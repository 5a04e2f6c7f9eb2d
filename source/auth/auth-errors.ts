import {UserFacingError} from '../errors.js';

/** The accounts service refused, or could not be reached; the message says what to do next. */
export class AuthError extends UserFacingError {
	override readonly name: string = 'AuthError';
}

/** The refresh token no longer works (six months passed, or access was revoked). */
export class SessionExpiredError extends AuthError {
	override readonly name = 'SessionExpiredError';

	constructor() {
		super('your Spotify session has expired: run `musicterminal login`.');
	}
}

/** Nothing is stored for this app: the user never logged in, or logged out. */
export class NotLoggedInError extends AuthError {
	override readonly name = 'NotLoggedInError';

	constructor() {
		super('you are not logged in to Spotify: run `musicterminal login`.');
	}
}

/** The stored login was made for another app (a different client_id), which Spotify would refuse. */
export class OtherAppLoginError extends AuthError {
	override readonly name = 'OtherAppLoginError';

	constructor() {
		super(
			'the stored Spotify login belongs to another app (a different client_id): run `musicterminal login`.',
		);
	}
}
