// A musicterminal process reduced to its token store: the real AccountsClient, TokenStore and
// UserTokenProvider in a process of its own, asked over IPC to get an access token at a given time.

import {AccountsClient} from '../../source/auth/accounts-client.js';
import {TokenStore} from '../../source/auth/token-store.js';
import {UserTokenProvider} from '../../source/auth/user-token-provider.js';

export type WorkerSetup = {
	readonly accessTokenUrl: string;
	readonly clientId: string;
	readonly clientSecret: string;
	readonly directory: string;
};

/** What the parent asks: a token as at `now`, or to hold the store's lock until killed. */
export type WorkerRequest = {readonly kind: 'token'; readonly now: number} | {readonly kind: 'hold-lock'};

export type WorkerAnswer =
	| {readonly kind: 'token'; readonly token: string}
	| {readonly kind: 'error'; readonly name: string; readonly message: string}
	| {readonly kind: 'holding-lock'};

const setup = JSON.parse(process.argv[2] ?? '{}') as WorkerSetup;
let now = Date.now();
const store = new TokenStore({directory: setup.directory, now: () => now});
const provider = new UserTokenProvider({
	store,
	accounts: new AccountsClient({
		accessTokenUrl: setup.accessTokenUrl,
		clientId: setup.clientId,
		clientSecret: setup.clientSecret,
		path: undefined,
	}),
	clientId: setup.clientId,
	now: () => now,
});

const answer = (message: WorkerAnswer) => process.send?.(message);

process.on('message', (request: WorkerRequest) => {
	if (request.kind === 'hold-lock') {
		void store.locked(async () => {
			answer({kind: 'holding-lock'});
			await new Promise(() => {});
		});
		return;
	}

	now = request.now;
	provider.getAccessToken().then(
		(token) => answer({kind: 'token', token}),
		(error: Error) => answer({kind: 'error', name: error.name, message: error.message}),
	);
});
process.on('disconnect', () => process.exit(0));
