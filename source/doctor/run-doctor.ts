import {tokenProviderForConfig} from '../auth/token-provider-for-config.js';
import {defaultTokenDirectory, type StoredSession, TokenStore} from '../auth/token-store.js';
import type {CommandIo, GlobalOptions} from '../commands/command-io.js';
import type {Config} from '../config/config.js';
import {checkAccount, checkDevices} from './account-checks.js';
import {checkCatalog} from './catalog-check.js';
import {type CheckResult, skipped} from './check-result.js';
import {checkConfig} from './config-checks.js';
import type {ProbeSettings} from './http-probe.js';
import {checkAccessToken, checkLoginAge} from './login-checks.js';
import {checkNode} from './node-check.js';
import {checkRateLimit} from './rate-limit-check.js';
import {checkReachability} from './reachability-checks.js';
import {checkRedirectUri} from './redirect-uri-check.js';
import {checkScopes} from './scopes-check.js';
import {checkTokenStore} from './token-store-check.js';
import type {WebApiCallSettings} from './web-api-call.js';

export type DoctorTuning = {
	/** Each request's limit; 5 s unless a test wants less. */
	readonly timeoutMs?: number;
	/** The Node version to judge, process.version unless a test gives one. */
	readonly nodeVersion?: string;
};

/**
 * Every check, in the order a setup is built: Node, the config, the network, the login, the
 * account, the devices, the rate limit. A check whose ground failed is skipped, saying why.
 */
export async function runDoctor(
	options: GlobalOptions,
	io: CommandIo,
	tuning: DoctorTuning = {},
): Promise<CheckResult[]> {
	const directory = defaultTokenDirectory(io.env);
	const results: CheckResult[] = [checkNode(tuning.nodeVersion ?? process.version, io.now())];
	const {results: configResults, config} = await checkConfig(options, io);
	results.push(...configResults);
	if (config === undefined) {
		results.push(...skippedAll(afterConfig, 'needs a valid config'));
	} else {
		results.push(
			...(await checkWithConfig(config, io, directory, {timeoutMs: tuning.timeoutMs ?? 5000, now: io.now})),
		);
	}

	results.push(checkRateLimit(directory, io.now()));
	return results;
}

async function checkWithConfig(
	config: Config,
	io: CommandIo,
	directory: string,
	probes: ProbeSettings,
): Promise<CheckResult[]> {
	const user = config.authMethod === 'AUTHORIZATION_CODE';
	const results: CheckResult[] = [
		user
			? await checkRedirectUri(config)
			: skipped('redirect-uri', 'Redirect URI', 'not used: no login with CLIENT_CREDENTIALS'),
	];
	const reach = await checkReachability(config, probes);
	results.push(...reach.results);
	const tokens = tokenProviderForConfig(config, {tokenDirectory: directory, now: io.now});
	const calls = (token: string): WebApiCallSettings => ({
		...probes,
		config,
		token,
		recordDirectory: directory,
	});
	if (!user) {
		if (!reach.accountsReached) {
			return [...results, ...skippedAll(['app-token', 'catalog'], 'needs the accounts service')];
		}

		const {result, token} = await checkAccessToken(tokens);
		results.push(result);
		results.push(
			token !== undefined && reach.apiReached
				? await checkCatalog(calls(token))
				: skipped('catalog', 'Catalog', token === undefined ? 'needs an app token' : 'needs the Web API'),
		);
		return results;
	}

	const store = await checkTokenStore(directory, {clientId: config.clientId, platform: io.platform});
	results.push(store.result);
	if (store.session === undefined) {
		return [...results, ...skippedAll(afterTokenStore, 'needs a login in the token store')];
	}

	results.push(checkLoginAge(store.session, io.now()));
	if (!reach.accountsReached) {
		return [...results, ...skippedAll(afterLogin, 'needs the accounts service')];
	}

	const {result, token} = await checkAccessToken(tokens);
	results.push(result);
	results.push(checkScopes(renewedSession(directory) ?? store.session, config));
	if (token === undefined || !reach.apiReached) {
		return [
			...results,
			...skippedAll(
				['account', 'devices'],
				token === undefined ? 'needs an access token' : 'needs the Web API',
			),
		];
	}

	const account = await checkAccount(calls(token));
	results.push(
		account,
		account.status === 'pass'
			? await checkDevices(calls(token))
			: skipped('devices', 'Devices', 'needs the account'),
	);
	return results;
}

/** The session after the renewal, which may carry the scopes Spotify granted since. */
function renewedSession(directory: string): StoredSession | undefined {
	try {
		return new TokenStore({directory}).read();
	} catch {
		return undefined;
	}
}

const titles: Readonly<Record<string, string>> = {
	'auth-method': 'Auth method',
	'redirect-uri': 'Redirect URI',
	accounts: 'Accounts',
	'web-api': 'Web API',
	clock: 'Clock',
	'token-store': 'Token store',
	login: 'Login',
	'access-token': 'Access token',
	'app-token': 'App token',
	catalog: 'Catalog',
	scopes: 'Scopes',
	account: 'Account',
	devices: 'Devices',
};

const afterLogin = ['access-token', 'scopes', 'account', 'devices'];
const afterTokenStore = ['login', ...afterLogin];
const afterConfig = [
	'auth-method',
	'redirect-uri',
	'accounts',
	'web-api',
	'clock',
	'token-store',
	...afterTokenStore,
];

function skippedAll(ids: readonly string[], why: string): CheckResult[] {
	return ids.map((id) => skipped(id, titles[id] ?? id, why));
}
