import {readFile, writeFile} from 'node:fs/promises';
import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, beforeEach} from 'vitest';
import {CatalogClient} from '../../source/spotify/catalog-client.js';
import {LibraryClient} from '../../source/spotify/library-client.js';
import {PlayerClient} from '../../source/spotify/player-client.js';
import type {SpotifyClient} from '../../source/spotify/spotify-client.js';
import {WebApi} from '../../source/spotify/web-api.js';

export type ScriptedRequest = {
	readonly method: string;
	/** Without the `/v1` prefix: `/albums/ID/tracks`. */
	readonly path: string;
	readonly query: URLSearchParams;
};

/** What the scripted Web API answers: a status, and a body that is JSON (any value) or raw text. */
export type ScriptedAnswer = {
	readonly status: number;
	readonly json?: unknown;
	readonly text?: string;
	readonly headers?: Readonly<Record<string, string>>;
};

export type ScriptedApi = {
	/** `http://127.0.0.1:PORT`, what a config's api_url would be. */
	readonly origin: string;
	/** Every request, in the order it arrived. */
	readonly requests: ScriptedRequest[];
	/** The most requests it was answering at once. */
	readonly peakInFlight: () => number;
	close(): Promise<void>;
};

/**
 * A Web API on 127.0.0.1 that answers each request as `answer` says, to any bearer token: for
 * answers the sandbox never gives (and that Spotify, or its published contract, allows).
 */
export async function startScriptedApi(
	answer: (request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>,
): Promise<ScriptedApi> {
	const requests: ScriptedRequest[] = [];
	let inFlight = 0;
	let peak = 0;
	const server = createServer((incoming: IncomingMessage, outgoing) => {
		inFlight += 1;
		peak = Math.max(peak, inFlight);
		outgoing.once('close', () => {
			inFlight -= 1;
		});
		const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
		const request = {
			method: incoming.method ?? 'GET',
			path: url.pathname.replace(/^\/v1/, ''),
			query: url.searchParams,
		};
		requests.push(request);
		incoming.resume();
		void Promise.resolve(answer(request)).then(
			({status, json, text, headers}) => {
				const body = json === undefined ? (text ?? '') : JSON.stringify(json);
				const type = json === undefined ? 'text/plain' : 'application/json; charset=utf-8';
				outgoing.writeHead(status, {'content-type': type, ...headers});
				outgoing.end(status === 204 ? undefined : body);
			},
			(error: unknown) => {
				outgoing.writeHead(599).end(String(error));
			},
		);
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		peakInFlight: () => peak,
		close: async () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** A scripted Web API for each test of the file, closed after it. */
export function withScriptedApi(
	answer: (request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>,
): () => ScriptedApi {
	let api: ScriptedApi | undefined;
	beforeEach(async () => {
		api = await startScriptedApi(answer);
	});
	afterEach(async () => {
		await api?.close();
		api = undefined;
	});
	return () => {
		if (api === undefined) {
			throw new Error('the scripted API runs only inside a test');
		}

		return api;
	};
}

/** The real client (catalog, player and library) on a scripted API, logged in with a token it never checks. */
export function clientFor(api: ScriptedApi, {retryLimit = 0} = {}): SpotifyClient {
	const webApi = new WebApi({
		baseUrl: `${api.origin}/v1`,
		tokens: {kind: 'user', getAccessToken: async () => 'scripted-token'},
		configName: 'config.yaml',
		retryLimit,
		backoffLimitMs: 1,
		maxRetryAfterSeconds: 0,
	});
	return {
		catalog: new CatalogClient(webApi, {market: 'SE'}),
		player: new PlayerClient(webApi),
		library: new LibraryClient(webApi, {market: 'SE'}),
		tokenKind: 'user',
	};
}

/** Points a config file's api_url at `origin`, keeping its login: commands then talk to a scripted API. */
export async function pointApiAt(configPath: string, origin: string): Promise<void> {
	const text = await readFile(configPath, 'utf8');
	await writeFile(configPath, text.replace(/^api_url: .*$/m, `api_url: ${origin}`));
}
