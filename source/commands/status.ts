import {NotLoggedInError, OtherAppLoginError} from '../auth/auth-errors.js';
import {daysUntilLoginExpires, loginExpiresAt} from '../auth/session-lifetime.js';
import {TokenStoreError, UnreadableTokenStoreError} from '../auth/token-store.js';
import type {Config} from '../config/config.js';
import {jsonText, terminalSafe} from '../format/terminal-text.js';
import {featureScopes} from '../spotify/feature-scopes.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {type LoginState, openSession} from './open-session.js';

export type StatusCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** `status --json`: no token or secret, only whether and until when they work. */
export type StatusJson = {
	config: string | null;
	authMethod: Config['authMethod'];
	clientId: string;
	hasClientSecret: boolean;
	accountsUrl: string;
	apiUrl: string;
	tokenStore: string | null;
	login: LoginJson | null;
};

export type LoginJson = {
	state: 'logged-in' | 'logged-out' | 'other-app' | 'moved-aside' | 'cannot-read';
	/** Why there is no usable login, and what to do; null when logged in. */
	message: string | null;
	/** Where an unreadable token store was moved. */
	movedTo: string | null;
	authorizedAt: string | null;
	/** When Spotify ends the login, six months after it began. */
	expiresAt: string | null;
	daysLeft: number | null;
	accessTokenExpiresAt: string | null;
	scopes: string[];
	/** Scopes musicterminal uses that the login was not granted, with the commands that need each. */
	missingScopes: MissingScopeJson[];
};

export type MissingScopeJson = {
	scope: string;
	commands: string[];
	/** Whether the config's `scopes` asks for it: if not, it must be added there before logging in. */
	asked: boolean;
};

/**
 * `musicterminal status`: which config, which auth method, and the state of the login. A token
 * store it may not read is reported after the rest, with exit status 1.
 */
export async function runStatusCommand(options: StatusCommandOptions, io: CommandIo): Promise<void> {
	const {config, login, tokenStorePath} = await openSession(options, io);
	const status: StatusJson = {
		config: config.path ?? null,
		authMethod: config.authMethod,
		clientId: config.clientId,
		hasClientSecret: config.clientSecret !== undefined,
		accountsUrl: config.accessTokenUrl,
		apiUrl: config.apiBaseUrl,
		tokenStore: tokenStorePath ?? null,
		login: login.kind === 'app' ? null : loginJson(login, config, io.now()),
	};
	io.stdout(options.json === true ? jsonText(status) : statusText(status, config, login, io.now()));
	if (login.kind === 'unusable' && status.login?.state === 'cannot-read') {
		throw login.error;
	}
}

function loginJson(login: Exclude<LoginState, {kind: 'app'}>, config: Config, now: number): LoginJson {
	const empty = {
		movedTo: null,
		authorizedAt: null,
		expiresAt: null,
		daysLeft: null,
		accessTokenExpiresAt: null,
		scopes: [],
		missingScopes: [],
	};
	if (login.kind === 'unusable') {
		const {error} = login;
		const state =
			error instanceof NotLoggedInError
				? 'logged-out'
				: error instanceof OtherAppLoginError
					? 'other-app'
					: error instanceof UnreadableTokenStoreError
						? 'moved-aside'
						: error instanceof TokenStoreError
							? 'cannot-read'
							: 'logged-out';
		return {
			...empty,
			state,
			message: error.message,
			movedTo: error instanceof UnreadableTokenStoreError ? (error.movedTo ?? null) : null,
		};
	}

	const {session} = login;
	return {
		state: 'logged-in',
		message: null,
		movedTo: null,
		authorizedAt: isoTime(session.authorizedAt),
		expiresAt: isoTime(loginExpiresAt(session.authorizedAt)),
		daysLeft: daysUntilLoginExpires(session.authorizedAt, now),
		accessTokenExpiresAt:
			session.accessTokenExpiresAt === undefined ? null : isoTime(session.accessTokenExpiresAt),
		scopes: [...session.scopes],
		missingScopes: featureScopes
			.filter(({scope}) => !session.scopes.includes(scope))
			.map(({scope, commands}) => ({scope, commands: [...commands], asked: config.scopes.includes(scope)})),
	};
}

function statusText(status: StatusJson, config: Config, login: LoginState, now: number): string {
	const rows: Array<[string, string]> = [
		['Config', status.config ?? 'none (from SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET)'],
		['Auth method', describeMethod(config)],
		['Client id', status.clientId],
		['Accounts', status.accountsUrl],
		['Web API', status.apiUrl],
	];
	if (status.login !== null) {
		const warning = login.kind === 'logged-in' ? login.expiryWarning : undefined;
		rows.push(...loginRows(status.login, warning, now, config.path ?? 'your config'), [
			'Token store',
			status.tokenStore ?? '',
		]);
	}

	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${terminalSafe(value)}\n`).join('');
}

function describeMethod(config: Config): string {
	return config.authMethod === 'CLIENT_CREDENTIALS'
		? 'CLIENT_CREDENTIALS (browse the catalog; no login, no playback)'
		: `AUTHORIZATION_CODE (${config.clientSecret === undefined ? 'PKCE, no client secret' : 'PKCE with client secret'})`;
}

function loginRows(
	login: LoginJson,
	warning: string | undefined,
	now: number,
	configName: string,
): Array<[string, string]> {
	switch (login.state) {
		case 'logged-out': {
			return [['Login', 'not logged in: run `musicterminal login`']];
		}

		case 'other-app': {
			return [['Login', 'the stored login belongs to another client_id: run `musicterminal login`']];
		}

		case 'cannot-read': {
			return [['Login', 'unknown: the token store cannot be read (see below)']];
		}

		case 'moved-aside': {
			return [['Login', login.message ?? '']];
		}

		case 'logged-in': {
			return loggedInRows(login, warning, now, configName);
		}
	}
}

function loggedInRows(
	login: LoginJson,
	warning: string | undefined,
	now: number,
	configName: string,
): Array<[string, string]> {
	const renewal =
		warning ?? `in ${login.daysLeft} days (by ${login.expiresAt?.slice(0, 10)}); Spotify allows six months`;
	return [
		['Login', `logged in since ${formatTime(login.authorizedAt)}`],
		['Access token', describeAccessToken(login.accessTokenExpiresAt, now)],
		['Scopes', login.scopes.join(' ')],
		...(login.missingScopes.length === 0
			? []
			: [['Not allowed', notAllowed(login.missingScopes, configName)] as [string, string]]),
		['Login renewal', renewal],
	];
}

/** What the login cannot do for want of a scope, and how to allow it, before any command tries. */
function notAllowed(missing: readonly MissingScopeJson[], configName: string): string {
	const what = missing
		.map(({scope, commands}) => {
			const needing =
				commands.length === 0 ? featureOf(scope) : commands.map((command) => `\`${command}\``).join(', ');
			return `${needing} (${scope})`;
		})
		.join('; ');
	const toAdd = missing.filter(({asked}) => !asked).map(({scope}) => scope);
	const them = missing.length === 1 ? 'it' : 'them';
	const fix =
		toAdd.length === 0
			? `run \`musicterminal login\` again to allow ${them}`
			: `add ${toAdd.join(' and ')} to scopes in ${configName}, then run \`musicterminal login\` again to allow ${them}`;
	return `${what}: ${fix}`;
}

function featureOf(scope: string): string {
	return featureScopes.find((entry) => entry.scope === scope)?.features ?? scope;
}

function describeAccessToken(expiresAt: string | null, now: number): string {
	const time = expiresAt === null ? undefined : Date.parse(expiresAt);
	if (time === undefined || time <= now) {
		return 'expired; a new one is fetched on next use';
	}

	return `valid until ${formatTime(expiresAt)} (${Math.round((time - now) / 60_000)} min)`;
}

function isoTime(time: number): string {
	return new Date(time).toISOString();
}

function formatTime(iso: string | null): string {
	return `${(iso ?? '').slice(0, 16).replace('T', ' ')} UTC`;
}
