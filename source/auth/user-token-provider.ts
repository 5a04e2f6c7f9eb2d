import {type AccessTokenProvider, renewBeforeExpiryMs, singleFlight} from './access-token.js';
import type {AccountsClient} from './accounts-client.js';
import {AuthError, NotLoggedInError} from './auth-errors.js';
import type {StoredSession, TokenStore} from './token-store.js';

/**
 * A login's access token: the stored one while it is fresh, else one refresh at a time. A new
 * refresh token from the server replaces the stored one; without one, the stored one stays.
 */
export class UserTokenProvider implements AccessTokenProvider {
	readonly kind = 'user';
	readonly #store: TokenStore;
	readonly #clientId: string;
	readonly #now: () => number;
	readonly #refresh: () => Promise<string>;

	constructor(options: {store: TokenStore; accounts: AccountsClient; clientId: string; now?: () => number}) {
		this.#store = options.store;
		this.#clientId = options.clientId;
		this.#now = options.now ?? Date.now;
		this.#refresh = singleFlight(async () => {
			const session = this.session();
			const response = await options.accounts.refresh(session.refreshToken);
			this.#store.write({
				...session,
				accessToken: response.accessToken,
				accessTokenExpiresAt: this.#now() + response.expiresInSeconds * 1000,
				refreshToken: response.refreshToken ?? session.refreshToken,
				scopes: response.scopes ?? session.scopes,
			});
			return response.accessToken;
		});
	}

	/** The stored login for this app, or the error that says to log in. */
	session(): StoredSession {
		const session = this.#store.read();
		if (session === undefined) {
			throw new NotLoggedInError();
		}

		if (session.clientId !== this.#clientId) {
			throw new AuthError(
				'the stored Spotify login belongs to another app (a different client_id): run `musicterminal login`.',
			);
		}

		return session;
	}

	async getAccessToken({forceRefresh = false} = {}): Promise<string> {
		const {accessToken, accessTokenExpiresAt} = this.session();
		const fresh =
			accessToken !== undefined &&
			accessTokenExpiresAt !== undefined &&
			accessTokenExpiresAt - renewBeforeExpiryMs > this.#now();
		return fresh && !forceRefresh ? accessToken : this.#refresh();
	}
}
