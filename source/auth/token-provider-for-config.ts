import type {Config} from '../config/config.js';
import type {AccessTokenProvider} from './access-token.js';
import {AccountsClient} from './accounts-client.js';
import {AppTokenProvider} from './app-token-provider.js';
import {TokenStore} from './token-store.js';
import {UserTokenProvider} from './user-token-provider.js';

/** The access tokens the config's auth_method calls for: the app's own, or the stored login's. */
export function tokenProviderForConfig(
	config: Config,
	{tokenDirectory, now = Date.now}: {tokenDirectory: string; now?: () => number},
): AccessTokenProvider {
	const accounts = new AccountsClient(config);
	return config.authMethod === 'CLIENT_CREDENTIALS'
		? new AppTokenProvider(accounts, now)
		: new UserTokenProvider({
				store: new TokenStore({directory: tokenDirectory, now}),
				accounts,
				clientId: config.clientId,
				now,
			});
}
