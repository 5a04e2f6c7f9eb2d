import {createInterface} from 'node:readline';
import type {Readable} from 'node:stream';
import type {Config} from '../config/config.js';
import {counted} from '../format/counted.js';
import {rememberSecret} from '../format/redact.js';
import type {AccountsClient} from './accounts-client.js';
import {AuthError} from './auth-errors.js';
import {authorizeUrl} from './authorize-url.js';
import {readCallback} from './callback-result.js';
import {startCallbackServer} from './callback-server.js';
import {createPkcePair, createState} from './pkce.js';
import type {StoredSession, TokenStore} from './token-store.js';

export type LoginOptions = {
	readonly config: Pick<Config, 'authUrl' | 'clientId' | 'redirectUri' | 'scopes'>;
	readonly accounts: AccountsClient;
	readonly store: TokenStore;
	/** Opens the URL in a browser; undefined when no browser should be opened. */
	readonly openBrowser: ((url: string) => Promise<void>) | undefined;
	/** Where a user on SSH or a headless machine pastes the URL they were redirected to. */
	readonly input: Readable | undefined;
	readonly print: (text: string) => void;
	readonly timeoutMs?: number;
	readonly now?: () => number;
};

const defaultTimeoutMs = 5 * 60 * 1000;

/**
 * The authorization code flow with PKCE: wait for Spotify's redirect on the loopback callback
 * server, or for the redirected URL pasted on stdin, whichever comes first; then store the tokens.
 */
export async function login(options: LoginOptions): Promise<StoredSession> {
	const {config, print} = options;
	const pkce = createPkcePair();
	rememberSecret(pkce.verifier);
	const state = createState();
	const url = authorizeUrl(config, {state, codeChallenge: pkce.challenge});
	const server = await startCallbackServer(config.redirectUri, (callbackUrl) => {
		const result = readCallback(callbackUrl, state);
		return result instanceof AuthError
			? {ok: false, text: `${result.message} You can close this tab.`}
			: {ok: true, text: 'You can close this tab and return to the terminal.'};
	});
	const stop = new AbortController();
	try {
		print(`Open this address in a browser to log in to Spotify:\n\n  ${url}\n\n`);
		print(
			options.input === undefined
				? `Waiting for Spotify to send you back to ${config.redirectUri} ...\n`
				: `Waiting for Spotify to send you back to ${config.redirectUri} ...\n` +
						'On another machine? Open the address there, then paste here the address your browser was sent to.\n',
		);
		if (options.openBrowser !== undefined) {
			await options.openBrowser(url).catch(() => {
				print('Could not open a browser: open the address above yourself.\n');
			});
		}

		const callbackUrl = await Promise.race([
			server.callback,
			pastedCallback(options.input, config.redirectUri, print, stop.signal),
			timeout(options.timeoutMs ?? defaultTimeoutMs, stop.signal),
		]);
		const result = readCallback(callbackUrl, state);
		if (result instanceof AuthError) {
			throw result;
		}

		const tokens = await options.accounts.exchangeCode({
			code: result.code,
			codeVerifier: pkce.verifier,
			redirectUri: config.redirectUri,
		});
		if (tokens.refreshToken === undefined) {
			throw new AuthError(
				'Spotify logged you in but sent no refresh token, so the login could not be kept: run `musicterminal login` again.',
			);
		}

		const now = options.now?.() ?? Date.now();
		const session: StoredSession = {
			clientId: config.clientId,
			refreshToken: tokens.refreshToken,
			accessToken: tokens.accessToken,
			accessTokenExpiresAt: now + tokens.expiresInSeconds * 1000,
			scopes: tokens.scopes ?? config.scopes,
			authorizedAt: now,
		};
		const movedTo = await options.store.replace(session);
		if (movedTo !== undefined) {
			print(`The token store that could not be read was kept as ${movedTo}.\n`);
		}

		return session;
	} finally {
		stop.abort();
		await server.close();
	}
}

/** Resolves with the first pasted line that is the redirect URI with an answer on it. */
function pastedCallback(
	input: Readable | undefined,
	redirectUri: string,
	print: (text: string) => void,
	signal: AbortSignal,
): Promise<URL> {
	if (input === undefined) {
		return new Promise(() => {});
	}

	const lines = createInterface({input, terminal: false});
	signal.addEventListener('abort', () => lines.close(), {once: true});
	return new Promise((resolve) => {
		lines.on('line', (line) => {
			const text = line.trim();
			if (text === '') {
				return;
			}

			const url = URL.canParse(text) ? new URL(text) : undefined;
			const expected = new URL(redirectUri);
			if (url?.origin === expected.origin && url.pathname === expected.pathname && url.search !== '') {
				resolve(url);
				return;
			}

			print(
				`That is not the address Spotify sent you to. Paste the whole address starting with ${redirectUri}\n`,
			);
		});
	});
}

function timeout(ms: number, signal: AbortSignal): Promise<never> {
	return new Promise((_resolve, reject) => {
		const timer = setTimeout(() => {
			reject(
				new AuthError(
					`no answer from Spotify within ${ms >= 60_000 ? counted(Math.round(ms / 60_000), 'minute') : counted(ms / 1000, 'second')}: run \`musicterminal login\` again.`,
				),
			);
		}, ms);
		signal.addEventListener('abort', () => clearTimeout(timer), {once: true});
	});
}
