import {createHash, randomBytes} from 'node:crypto';
import {afterEach, beforeEach} from 'vitest';
import {defaultScopes} from '../../source/config/config.js';
import {type Sandbox, type SandboxOptions, startSandbox} from '../../source/sandbox/sandbox.js';

export const allPlaybackScopes = [
	'user-read-playback-state',
	'user-modify-playback-state',
	'user-read-currently-playing',
] as const;

/** What a login asks for now: playback, the library, playlists, plays and follows (the config's default). */
export const allScopes: readonly string[] = defaultScopes;

export const testRedirectUri = 'http://127.0.0.1:8888/callback';

/** A fresh sandbox on a free port for each test of the file, closed after it. */
export function withSandbox(options: SandboxOptions = {}): () => Sandbox {
	let sandbox: Sandbox | undefined;
	beforeEach(async () => {
		sandbox = await startSandbox(options);
	});
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});
	return () => {
		if (sandbox === undefined) {
			throw new Error('the sandbox runs only inside a test');
		}

		return sandbox;
	};
}

export function basicAuth(sandbox: Sandbox, secret = sandbox.app.clientSecret): string {
	return `Basic ${Buffer.from(`${sandbox.app.clientId}:${secret}`).toString('base64')}`;
}

export async function postToken(
	sandbox: Sandbox,
	fields: Record<string, string>,
	headers: Record<string, string> = {},
): Promise<{status: number; body: Record<string, unknown>}> {
	const response = await fetch(`${sandbox.origin}/api/token`, {
		method: 'POST',
		headers: {'content-type': 'application/x-www-form-urlencoded', ...headers},
		body: new URLSearchParams(fields),
	});
	return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}

export async function appToken(sandbox: Sandbox): Promise<string> {
	const {body} = await postToken(
		sandbox,
		{grant_type: 'client_credentials'},
		{authorization: basicAuth(sandbox)},
	);
	return String(body.access_token);
}

export type Authorization = {
	readonly location: URL;
	readonly code: string | null;
	readonly verifier: string;
};

/** Follows `/authorize` as a browser would, up to the redirect back to the app. */
export async function authorize(
	sandbox: Sandbox,
	options: {scopes?: readonly string[]; redirectUri?: string; pkce?: boolean; state?: string} = {},
): Promise<Authorization> {
	const verifier = randomBytes(48).toString('base64url');
	const query = new URLSearchParams({
		client_id: sandbox.app.clientId,
		response_type: 'code',
		redirect_uri: options.redirectUri ?? testRedirectUri,
		state: options.state ?? 'state-1234',
		scope: (options.scopes ?? allPlaybackScopes).join(' '),
	});
	if (options.pkce ?? true) {
		query.set('code_challenge_method', 'S256');
		query.set('code_challenge', createHash('sha256').update(verifier).digest('base64url'));
	}

	const response = await fetch(`${sandbox.origin}/authorize?${query.toString()}`, {redirect: 'manual'});
	const location = new URL(response.headers.get('location') ?? 'about:blank');
	return {location, code: location.searchParams.get('code'), verifier};
}

/** Logs the test user in with PKCE as a public client and returns the token response. */
export async function userTokens(
	sandbox: Sandbox,
	scopes: readonly string[] = allPlaybackScopes,
): Promise<{accessToken: string; refreshToken: string}> {
	const {code, verifier} = await authorize(sandbox, {scopes});
	const {body} = await postToken(sandbox, {
		grant_type: 'authorization_code',
		code: code ?? '',
		redirect_uri: testRedirectUri,
		client_id: sandbox.app.clientId,
		code_verifier: verifier,
	});
	return {accessToken: String(body.access_token), refreshToken: String(body.refresh_token)};
}

export type ApiAnswer = {status: number; headers: Headers; body: unknown; url: string; method: string};

/** Calls the sandbox's Web API with a bearer token; `body` is parsed JSON, or undefined when empty. */
export async function callApi(
	sandbox: Sandbox,
	token: string | undefined,
	method: string,
	path: string,
	jsonBody?: unknown,
): Promise<ApiAnswer> {
	const url = `${sandbox.origin}/v1${path}`;
	const response = await fetch(url, {
		method,
		headers: {
			...(token === undefined ? {} : {authorization: `Bearer ${token}`}),
			...(jsonBody === undefined ? {} : {'content-type': 'application/json'}),
		},
		body: jsonBody === undefined ? undefined : JSON.stringify(jsonBody),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: text === '' ? undefined : JSON.parse(text),
		url,
		method,
	};
}
