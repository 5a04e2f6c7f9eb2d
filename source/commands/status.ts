import {daysUntilLoginExpires, loginExpiresAt, loginExpiryWarning} from '../auth/session-lifetime.js';
import {defaultTokenDirectory, type StoredSession, TokenStore} from '../auth/token-store.js';
import type {Config} from '../config/config.js';
import {loadCommandConfig} from './command-config.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

/** `musicterminal status`: which config, which auth method, and the state of the login. */
export async function runStatusCommand(options: GlobalOptions, io: CommandIo): Promise<void> {
	const config = await loadCommandConfig(options, io);
	const store = new TokenStore({directory: defaultTokenDirectory(io.env)});
	const rows: Array<[string, string]> = [
		['Config', config.path ?? 'none (from SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET)'],
		['Auth method', describeMethod(config)],
		['Client id', config.clientId],
		['Accounts', config.accessTokenUrl],
		['Web API', config.apiBaseUrl],
	];
	if (config.authMethod === 'AUTHORIZATION_CODE') {
		rows.push(...loginRows(config, store, io.now()), ['Token store', store.path]);
	}

	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	io.stdout(rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}\n`).join(''));
}

function describeMethod(config: Config): string {
	return config.authMethod === 'CLIENT_CREDENTIALS'
		? 'CLIENT_CREDENTIALS (browse the catalog; no login, no playback)'
		: `AUTHORIZATION_CODE (${config.clientSecret === undefined ? 'PKCE, no client secret' : 'PKCE with client secret'})`;
}

function loginRows(config: Config, store: TokenStore, now: number): Array<[string, string]> {
	let session: StoredSession | undefined;
	try {
		session = store.read();
	} catch (error) {
		return [['Login', error instanceof Error ? error.message : String(error)]];
	}

	if (session === undefined) {
		return [['Login', 'not logged in: run `musicterminal login`']];
	}

	if (session.clientId !== config.clientId) {
		return [['Login', 'the stored login belongs to another client_id: run `musicterminal login`']];
	}

	const daysLeft = daysUntilLoginExpires(session.authorizedAt, now);
	const expiresOn = new Date(loginExpiresAt(session.authorizedAt)).toISOString().slice(0, 10);
	return [
		['Login', `logged in since ${formatTime(session.authorizedAt)}`],
		['Access token', describeAccessToken(session, now)],
		['Scopes', session.scopes.join(' ')],
		[
			'Login renewal',
			loginExpiryWarning(session.authorizedAt, now) ??
				`in ${daysLeft} days (by ${expiresOn}); Spotify allows six months`,
		],
	];
}

function describeAccessToken(session: StoredSession, now: number): string {
	const expiresAt = session.accessTokenExpiresAt;
	if (session.accessToken === undefined || expiresAt === undefined || expiresAt <= now) {
		return 'expired; a new one is fetched on next use';
	}

	const minutes = Math.round((expiresAt - now) / 60_000);
	return `valid until ${formatTime(expiresAt)} (${minutes} min)`;
}

function formatTime(time: number): string {
	return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
