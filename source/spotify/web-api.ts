import got, {type Got, HTTPError, type RetryObject} from 'got';
import * as v from 'valibot';
import type {AccessTokenProvider} from '../auth/access-token.js';
import {UserFacingError} from '../errors.js';
import {excerpt} from '../format/terminal-text.js';
import {networkFailureReason} from '../network-failure.js';
import {apiErrorFor, errorReason} from './api-error.js';
import {definedEntries, type Query} from './query.js';
import type {RateLimitSeen} from './rate-limit-record.js';
import {SpotifyNetworkError, UnexpectedResponseError} from './spotify-errors.js';

export type WebApiOptions = {
	/** `api_url` joined with `api_version`, such as https://api.spotify.com/v1. */
	readonly baseUrl: string;
	readonly tokens: AccessTokenProvider;
	/** The config file's path (or "your config"), for sentences that say what to change. */
	readonly configName: string;
	/** The config's `scopes`, for saying where a scope the login lacks must be added. */
	readonly configScopes?: readonly string[] | undefined;
	/** Each attempt's limit. */
	readonly timeoutMs?: number;
	/** Retries after server errors, timeouts and dropped connections, for requests safe to repeat. */
	readonly retryLimit?: number;
	/** The longest pause between those retries; they back off 1 s, 2 s, ... up to this. */
	readonly backoffLimitMs?: number;
	/** A longer Retry-After is not waited for: the request fails with a RateLimitedError. */
	readonly maxRetryAfterSeconds?: number;
	/** Told before each wait, so a UI can show a countdown. */
	readonly onRetry?: (event: RetryEvent) => void;
	/** Told of every 429 as it arrives, waited out or not (see rate-limit-record.ts). */
	readonly onRateLimited?: (seen: RateLimitSeen) => void;
};

export type RetryEvent = {
	readonly reason: 'rate-limit' | 'server-error' | 'network';
	readonly method: string;
	readonly path: string;
	/** 1 for the first retry. */
	readonly attempt: number;
	readonly delayMs: number;
};

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

export type WebApiRequest<Schema extends v.GenericSchema | undefined> = {
	readonly method: Method;
	/** Relative to the base URL, without a leading slash: `albums/ID/tracks`. */
	readonly path: string;
	readonly query?: Query;
	readonly body?: Readonly<Record<string, unknown>>;
	/** The answer's shape; without one the answer is ignored (player commands). */
	readonly schema?: Schema;
	/** What is asked for ("album ID"), for 404 and 400 sentences. */
	readonly subject?: string;
	/** Why a 404 may come although `subject` exists (a playlist this app may not open). */
	readonly subjectHint?: string;
	readonly signal?: AbortSignal | undefined;
};

/** The decoded answer, or undefined for 204 No Content (and for requests without a schema). */
export type WebApiAnswer<Schema extends v.GenericSchema | undefined> = Schema extends v.GenericSchema
	? v.InferOutput<Schema> | undefined
	: undefined;

const defaultTimeoutMs = 10_000;

// GET, PUT and DELETE leave the same state however often they arrive; POST (next, previous, queue)
// does not, so it is sent again only after a 429, which Spotify answers without carrying it out.
const repeatableMethods: readonly string[] = ['GET', 'PUT', 'DELETE'];
/** Waits of a request for Retry-After, on top of its retries after failures: each has its own count. */
const rateLimitWaits = 2;

/** A request's retries so far, by kind: kept in got's per-request context, the same for every attempt. */
type RetryCounts = {failures: number; rateLimits: number};

// Failures before a request could leave this machine: nothing reached Spotify.
const neverSentCodes = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
]);

/**
 * The Web API over one got instance: a bearer token on every request, one refresh and one retry
 * after a 401, Retry-After honoured up to a limit, and backed-off retries of what is safe to repeat.
 */
export class WebApi {
	readonly #got: Got;
	readonly #options: WebApiOptions;

	constructor(options: WebApiOptions) {
		this.#options = options;
		const maxRetryAfterMs = (options.maxRetryAfterSeconds ?? 30) * 1000;
		this.#got = got.extend({
			prefixUrl: options.baseUrl,
			responseType: 'text',
			timeout: {request: options.timeoutMs ?? defaultTimeoutMs},
			retry: {
				// got counts every retry against one limit; #retryDelay keeps each kind to its own.
				limit: (options.retryLimit ?? 2) + rateLimitWaits,
				methods: ['GET', 'PUT', 'POST', 'DELETE'],
				statusCodes: [408, 429, 500, 502, 503, 504],
				errorCodes: [
					'ETIMEDOUT',
					'ECONNRESET',
					'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
					'ECONNREFUSED',
					'EPIPE',
					'EAI_AGAIN',
					'ENETUNREACH',
					'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
				],
				backoffLimit: options.backoffLimitMs ?? 4000,
				maxRetryAfter: maxRetryAfterMs,
				calculateDelay: (retry) => this.#retryDelay(retry),
			},
			hooks: {
				afterResponse: [
					async (response, retryWithMergedOptions) => {
						if (response.statusCode === 429) {
							this.#options.onRateLimited?.({
								at: Date.now(),
								retryAfterSeconds: retryAfterSeconds(response.headers['retry-after']),
								reason: errorReason(response.body),
								request: `${response.request.options.method} ${response.requestUrl.pathname}`,
							});
						}

						if (response.statusCode !== 401) {
							return response;
						}

						const refused = bearerToken(response.request.options.headers.authorization);
						const token = await this.#tokenReplacing(refused);
						return retryWithMergedOptions({headers: {authorization: `Bearer ${token}`}});
					},
				],
			},
		});
	}

	get tokenKind(): AccessTokenProvider['kind'] {
		return this.#options.tokens.kind;
	}

	get baseUrl(): string {
		return this.#options.baseUrl;
	}

	get configName(): string {
		return this.#options.configName;
	}

	async request<Schema extends v.GenericSchema | undefined>(
		request: WebApiRequest<Schema>,
	): Promise<WebApiAnswer<Schema>> {
		request.signal?.throwIfAborted();
		const token = await this.#options.tokens.getAccessToken();
		let retries = 0;
		let body: string;
		try {
			const response = await this.#got(request.path, {
				method: request.method,
				searchParams: definedEntries(request.query),
				json: request.body,
				headers: {authorization: `Bearer ${token}`},
				signal: request.signal,
				context: {retries: {failures: 0, rateLimits: 0} satisfies RetryCounts},
				hooks: {
					beforeRetry: [
						(_error, retryCount) => {
							retries = retryCount;
						},
					],
				},
			});
			body = response.body;
		} catch (error) {
			throw this.#failure(error, request, retries);
		}

		if (request.schema === undefined) {
			this.#checkCommandAnswer(body, request);
		}

		return this.#decode(body, request) as WebApiAnswer<Schema>;
	}

	/**
	 * A command is done when Spotify says so: it answers with no body or with JSON. A page of HTML
	 * with a 200 (a captive portal, a proxy's sign-in page) is someone else's answer.
	 */
	#checkCommandAnswer(body: string, request: WebApiRequest<v.GenericSchema | undefined>): void {
		const text = body.trim();
		if (text === '') {
			return;
		}

		try {
			JSON.parse(text);
			return;
		} catch {}

		const what = /^<(?:!doctype|html|head|body)/i.test(text) ? 'an HTML page' : 'text that is not JSON';
		throw new UnexpectedResponseError(
			`${request.method} /${request.path} was answered with ${what}, not by Spotify, so it was most likely not done: if this network asks you to sign in first (as in hotels, trains and offices), do that and try again; otherwise check api_url and api_version in ${this.#options.configName}.`,
		);
	}

	#decode(body: string, request: WebApiRequest<v.GenericSchema | undefined>): unknown {
		if (request.schema === undefined || body.trim() === '') {
			return undefined;
		}

		let parsed: unknown;
		try {
			parsed = JSON.parse(body);
		} catch {
			throw this.#unexpected(request, 'not JSON');
		}

		const result = v.safeParse(request.schema, parsed);
		if (!result.success) {
			const issue = result.issues[0];
			const where = v.getDotPath(issue);
			throw this.#unexpected(request, `${where === null ? '' : `${where}: `}${issue.message}`);
		}

		return result.output;
	}

	#unexpected(request: WebApiRequest<v.GenericSchema | undefined>, problem: string): UnexpectedResponseError {
		return new UnexpectedResponseError(
			`the Web API at ${this.#options.baseUrl} answered ${request.method} /${request.path} with something Spotify never sends (${excerpt(problem)}): check api_url and api_version in ${this.#options.configName}.`,
		);
	}

	#failure(error: unknown, request: WebApiRequest<v.GenericSchema | undefined>, retries: number): Error {
		if (request.signal?.aborted === true) {
			return request.signal.reason instanceof Error ? request.signal.reason : new Error('aborted');
		}

		// Errors from the auth layer (a refresh that failed in the 401 hook) arrive wrapped by got.
		const cause = error instanceof Error ? error.cause : undefined;
		if (cause instanceof UserFacingError) {
			return cause;
		}

		if (error instanceof HTTPError) {
			return apiErrorFor(
				{
					status: error.response.statusCode,
					body: error.response.body,
					retryAfterSeconds: retryAfterSeconds(error.response.headers['retry-after']),
				},
				{
					method: request.method,
					path: request.path,
					subject: request.subject,
					subjectHint: request.subjectHint,
					configName: this.#options.configName,
					configScopes: this.#options.configScopes,
					retries,
				},
			);
		}

		const call = `${request.method} /${request.path}`;
		const timedOut = error instanceof Error && error.name === 'TimeoutError';
		const problem = timedOut ? `no answer within ${this.#timeoutText()}` : networkFailureReason(error);
		const tries = retries > 0 ? `, also after ${retries} more tries` : '';
		const unsure =
			repeatableMethods.includes(request.method) || neverSent(error)
				? ''
				: ' It may have reached Spotify, so it was not sent again.';
		return new SpotifyNetworkError(
			timedOut
				? `the Spotify Web API at ${this.#options.baseUrl} was too slow to answer ${call} (${problem}${tries}): try again in a moment; if it stays slow, check your connection, or api_url in ${this.#options.configName}.${unsure}`
				: `could not reach the Spotify Web API at ${this.#options.baseUrl} for ${call} (${problem}${tries}): check your connection, or api_url in ${this.#options.configName}.${unsure}`,
			{timedOut},
		);
	}

	#timeoutText(): string {
		const ms = this.#options.timeoutMs ?? defaultTimeoutMs;
		return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
	}

	#retryDelay({attemptCount, error, computedValue}: RetryObject): number {
		// got asks here also when an afterResponse hook retries (after a 401); that retry always goes.
		if (error.name === 'RetryError' || computedValue === 0) {
			return computedValue;
		}

		const status = error.response?.statusCode;
		if (status !== 429 && !repeatableMethods.includes(error.options.method)) {
			return 0;
		}

		if (status === 429 && errorReason(error.response?.body) === 'QUOTA_EXCEEDED') {
			return 0;
		}

		const counts = (error.options.context as {retries?: RetryCounts}).retries;
		if (counts !== undefined) {
			if (
				status === 429
					? counts.rateLimits >= rateLimitWaits
					: counts.failures >= (this.#options.retryLimit ?? 2)
			) {
				return 0;
			}

			if (status === 429) {
				counts.rateLimits += 1;
			} else {
				counts.failures += 1;
			}
		}

		this.#options.onRetry?.({
			reason: status === 429 ? 'rate-limit' : status === undefined ? 'network' : 'server-error',
			method: error.options.method,
			path: new URL(error.options.url ?? this.#options.baseUrl).pathname,
			attempt: attemptCount,
			delayMs: computedValue,
		});
		return computedValue;
	}

	/** A token other than the one just refused: a newer one if another request refreshed, else a refresh. */
	async #tokenReplacing(refused: string | undefined): Promise<string> {
		const current = await this.#options.tokens.getAccessToken();
		return current === refused ? this.#options.tokens.getAccessToken({forceRefresh: true}) : current;
	}
}

function neverSent(error: unknown): boolean {
	const code = (error as {code?: unknown} | undefined)?.code;
	const causeCode = (error as {cause?: {code?: unknown}} | undefined)?.cause?.code;
	return [code, causeCode].some(
		(candidate) => typeof candidate === 'string' && neverSentCodes.has(candidate),
	);
}

function bearerToken(header: string | string[] | undefined): string | undefined {
	return typeof header === 'string' ? header.replace(/^Bearer /, '') : undefined;
}

function retryAfterSeconds(header: string | undefined): number | undefined {
	if (header === undefined || !/^\d+$/.test(header.trim())) {
		return undefined;
	}

	return Number(header.trim());
}
