import {type AccessTokenProvider, renewBeforeExpiryMs, singleFlight} from './access-token.js';
import type {AccountsClient} from './accounts-client.js';

/** Client credentials: a token on demand, reused until shortly before it expires. */
export class AppTokenProvider implements AccessTokenProvider {
	readonly kind = 'app';
	readonly #now: () => number;
	#token: {value: string; expiresAt: number} | undefined;
	readonly #fetchToken: () => Promise<string>;

	constructor(accounts: AccountsClient, now: () => number = Date.now) {
		this.#now = now;
		this.#fetchToken = singleFlight(async () => {
			const response = await accounts.clientCredentials();
			this.#token = {value: response.accessToken, expiresAt: this.#now() + response.expiresInSeconds * 1000};
			return response.accessToken;
		});
	}

	async getAccessToken({forceRefresh = false} = {}): Promise<string> {
		const token = this.#token;
		if (!forceRefresh && token !== undefined && token.expiresAt - renewBeforeExpiryMs > this.#now()) {
			return token.value;
		}

		return this.#fetchToken();
	}
}
