import type {Got} from 'got';
import {type ConnectionFailure, describeConnectionFailure} from './connection-failure.js';

export type ProbeAnswer = {
	readonly ok: true;
	readonly status: number;
	readonly body: string;
	/** The server's clock, from its Date header, in ms since the epoch. */
	readonly serverDate: number | undefined;
	/** The Retry-After header, in seconds, when it is a number of them. */
	readonly retryAfterSeconds: number | undefined;
	/** Local time halfway through the request, to compare `serverDate` with. */
	readonly midpoint: number;
	readonly ms: number;
};

export type ProbeFailure = {readonly ok: false; readonly failure: ConnectionFailure; readonly ms: number};

/** Each request's limit, and the clock that times it. */
export type ProbeSettings = {readonly timeoutMs: number; readonly now: () => number};

export type ProbeOptions = ProbeSettings & {readonly headers?: Readonly<Record<string, string>>};

let loadedGot: Promise<Got> | undefined;

/**
 * One GET, timed, without retries or redirects: any HTTP answer counts, and a request that gets
 * none says why (DNS, a refused connection, TLS, a timeout) rather than a code alone.
 */
export async function probe(url: string, options: ProbeOptions): Promise<ProbeAnswer | ProbeFailure> {
	loadedGot ??= import('got').then((module) => module.default);
	const got = await loadedGot;
	const startedAt = options.now();
	const started = performance.now();
	try {
		const response = await got(url, {
			headers: options.headers,
			throwHttpErrors: false,
			followRedirect: false,
			retry: {limit: 0},
			timeout: {request: options.timeoutMs},
			responseType: 'text',
		});
		const ms = Math.round(performance.now() - started);
		const date = response.headers.date === undefined ? Number.NaN : Date.parse(response.headers.date);
		const retryAfter = response.headers['retry-after']?.trim() ?? '';
		return {
			ok: true,
			status: response.statusCode,
			body: response.body,
			serverDate: Number.isNaN(date) ? undefined : date,
			retryAfterSeconds: /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined,
			midpoint: (startedAt + options.now()) / 2,
			ms,
		};
	} catch (error) {
		return {
			ok: false,
			failure: describeConnectionFailure(error, new URL(url), options.timeoutMs),
			ms: Math.round(performance.now() - started),
		};
	}
}

/** An answer's body as JSON, or undefined when it is not JSON. */
export function jsonBody(answer: ProbeAnswer): unknown {
	try {
		return JSON.parse(answer.body) as unknown;
	} catch {
		return undefined;
	}
}
