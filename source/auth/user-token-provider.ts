import {type AccessTokenProvider, renewBeforeExpiryMs, singleFlight} from './access-token.js';
import type {AccountsClient} from './accounts-client.js';
import {NotLoggedInError, OtherAppLoginError, SessionExpiredError} from './auth-errors.js';
import type {TokenResponse} from './token-response.js';
import type {StoredSession, TokenStore} from './token-store.js';

/** Refresh tokens another process may rotate while this one asks: tried in turn, each the newest stored. */
const mostRefreshTokensTried = 3;

/**
 * A login's access token: the stored one while it is fresh, else a refresh. Every musicterminal
 * process of the user shares the store, so a refresh holds the store's lock, reads the store again
 * (another process may have just refreshed), and stores the answer before doing anything else.
 */
export class UserTokenProvider implements AccessTokenProvider {
	readonly kind = 'user';
	readonly #store: TokenStore;
	readonly #accounts: AccountsClient;
	readonly #clientId: string;
	readonly #now: () => number;
	#refused: string | undefined;
	readonly #refresh: () => Promise<string>;

	constructor(options: {store: TokenStore; accounts: AccountsClient; clientId: string; now?: () => number}) {
		this.#store = options.store;
		this.#accounts = options.accounts;
		this.#clientId = options.clientId;
		this.#now = options.now ?? Date.now;
		this.#refresh = singleFlight(async () => this.#store.locked(async () => this.#refreshHoldingLock()));
	}

	/** The stored login for this app, or the error that says to log in (or what is wrong with the store). */
	session(): StoredSession {
		const session = this.#store.read();
		if (session === undefined) {
			throw new NotLoggedInError();
		}

		if (session.clientId !== this.#clientId) {
			throw new OtherAppLoginError();
		}

		return session;
	}

	async getAccessToken({forceRefresh = false} = {}): Promise<string> {
		const session = this.session();
		if (forceRefresh) {
			// Spotify refused this token: a token another process stored since may do; this one will not.
			this.#refused = session.accessToken;
		} else if (this.#usable(session)) {
			return session.accessToken;
		}

		return this.#refresh();
	}

	async #refreshHoldingLock(): Promise<string> {
		let session = this.session();
		if (this.#usable(session)) {
			return session.accessToken;
		}

		for (let tried = 1; ; tried += 1) {
			let response: TokenResponse;
			try {
				response = await this.#accounts.refresh(session.refreshToken);
			} catch (error) {
				// Refused: unless another process stored a newer refresh token meanwhile, the login is over.
				// Even then the stored token stays where it is: the user decides by logging in again.
				const latest = error instanceof SessionExpiredError ? this.session() : undefined;
				if (
					latest === undefined ||
					latest.refreshToken === session.refreshToken ||
					tried >= mostRefreshTokensTried
				) {
					throw error;
				}

				if (this.#usable(latest)) {
					return latest.accessToken;
				}

				session = latest;
				continue;
			}

			// Spotify may have just retired the refresh token sent: nothing comes before storing its successor.
			this.#store.write({
				...session,
				accessToken: response.accessToken,
				accessTokenExpiresAt: this.#now() + response.expiresInSeconds * 1000,
				refreshToken: response.refreshToken ?? session.refreshToken,
				scopes: response.scopes ?? session.scopes,
			});
			this.#refused = undefined;
			return response.accessToken;
		}
	}

	#usable(session: StoredSession): session is StoredSession & {accessToken: string} {
		return (
			session.accessToken !== undefined &&
			session.accessToken !== this.#refused &&
			session.accessTokenExpiresAt !== undefined &&
			session.accessTokenExpiresAt - renewBeforeExpiryMs > this.#now()
		);
	}
}
