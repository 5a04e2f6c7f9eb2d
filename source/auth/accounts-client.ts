import type {Got} from 'got';
import * as v from 'valibot';
import type {Config} from '../config/config.js';
import {excerpt} from '../format/terminal-text.js';
import {networkFailureReason} from '../network-failure.js';
import {AuthError, SessionExpiredError} from './auth-errors.js';
import {readTokenResponse, type TokenResponse} from './token-response.js';

type AccountsConfig = Pick<Config, 'accessTokenUrl' | 'clientId' | 'clientSecret' | 'path'>;

export type CodeExchange = {
	readonly code: string;
	readonly codeVerifier: string;
	readonly redirectUri: string;
};

/** An OAuth error body (RFC 6749 §5.2); anything else in it is ignored. */
const errorBodySchema = v.object({
	error: v.optional(v.string()),
	error_description: v.optional(v.string()),
});

let accountsGot: Promise<Got> | undefined;

/**
 * The accounts service's one got instance, made on the first request: opening the TUI with a
 * stored token needs no HTTP library.
 */
async function accountsHttp(): Promise<Got> {
	accountsGot ??= import('got').then(({default: got}) =>
		got.extend({
			throwHttpErrors: false,
			timeout: {request: 15_000},
			retry: {limit: 2, methods: ['POST'], statusCodes: [500, 502, 503, 504]},
		}),
	);
	return accountsGot;
}

/**
 * Talks to the accounts service's token endpoint. A confidential client (with a secret) sends
 * Basic auth; a public one sends its client_id in the body, which PKCE allows.
 */
export class AccountsClient {
	readonly #config: AccountsConfig;

	constructor(config: AccountsConfig) {
		this.#config = config;
	}

	async clientCredentials(): Promise<TokenResponse> {
		if (this.#config.clientSecret === undefined) {
			throw new AuthError(
				`client credentials need the app's client_secret: add it to ${this.#configName()}, or set SPOTIFY_CLIENT_SECRET.`,
			);
		}

		return this.#request({grant_type: 'client_credentials'}, 'refresh');
	}

	async exchangeCode({code, codeVerifier, redirectUri}: CodeExchange): Promise<TokenResponse> {
		return this.#request(
			{grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier},
			'login',
		);
	}

	/** Throws SessionExpiredError when the accounts service refuses this refresh token (`invalid_grant`). */
	async refresh(refreshToken: string): Promise<TokenResponse> {
		return this.#request({grant_type: 'refresh_token', refresh_token: refreshToken}, 'refresh');
	}

	async #request(form: Record<string, string>, purpose: 'login' | 'refresh'): Promise<TokenResponse> {
		const {clientId, clientSecret, accessTokenUrl} = this.#config;
		const headers: Record<string, string> = {};
		if (clientSecret === undefined) {
			form.client_id = clientId;
		} else {
			headers.authorization = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
		}

		const http = await accountsHttp();
		let response: {statusCode: number; body: string};
		try {
			response = await http.post(accessTokenUrl, {
				form,
				headers,
				// An authorization code is single-use: a lost answer cannot be asked for again.
				...(purpose === 'login' ? {retry: {limit: 0}} : {}),
			});
		} catch (error) {
			throw new AuthError(
				`could not reach the Spotify accounts service at ${accessTokenUrl} (${networkFailureReason(error)}): check your connection, or access_token_url in ${this.#configName()}.`,
			);
		}

		const body = parseJson(response.body);
		if (response.statusCode === 200) {
			const tokens = readTokenResponse(body);
			if (tokens === undefined) {
				throw new AuthError(
					`the accounts service at ${accessTokenUrl} answered without a usable access token: check access_token_url in ${this.#configName()}.`,
				);
			}

			return tokens;
		}

		throw this.#refusal(response.statusCode, body, purpose);
	}

	#refusal(status: number, body: unknown, purpose: 'login' | 'refresh'): AuthError {
		const parsed = v.safeParse(errorBodySchema, body);
		const {error, error_description: description} = parsed.success ? parsed.output : {};
		const said = description === undefined ? '' : `: ${excerpt(description)}`;
		switch (error) {
			case 'invalid_client': {
				return new AuthError(
					`Spotify refused this app's credentials${said}. Check client_id and client_secret in ${this.#configName()} against your app in the Spotify dashboard.`,
				);
			}

			case 'invalid_grant': {
				return purpose === 'refresh'
					? new SessionExpiredError()
					: new AuthError(`Spotify refused the login${said}. Run \`musicterminal login\` again.`);
			}

			default: {
				const what = error === undefined ? `HTTP ${status}` : `${excerpt(error)}${said}`;
				return new AuthError(
					`the Spotify accounts service refused the request (${what}). Try again later; if it persists, check access_token_url in ${this.#configName()}.`,
				);
			}
		}
	}

	#configName(): string {
		return this.#config.path ?? 'your config';
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
