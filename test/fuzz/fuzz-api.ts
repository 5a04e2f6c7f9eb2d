import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll} from 'vitest';
import {type Endpoint, endpoints, type FuzzAnswer, type FuzzOptions, fuzzAnswer} from './fuzz-answers.js';

/**
 * The base seed of a fuzz run: FUZZ_SEED replays one (every failure names it); without it the
 * runs are the same every time, so CI stays reproducible.
 */
export const baseSeed = Number(process.env.FUZZ_SEED ?? 20_261_201);

/** A run's own seed: each run (a client call, a command) gets answers of its own. */
export function runSeed(run: number): number {
	return hash(`${baseSeed}:${run}`);
}

export function replayHint(run: number): string {
	return `replay with FUZZ_SEED=${baseSeed} (run ${run}, seed ${runSeed(run)})`;
}

export type FuzzApi = {
	readonly origin: string;
	/** The api_url of one run: the server answers it from the run's seed. */
	apiUrl(seed: number, options?: Partial<FuzzOptions>): string;
	/** Answers served per endpoint, beyond-contract ones included. */
	readonly served: Map<Endpoint | 'other', number>;
	/** The most requests it was answering at once since it started, or since `resetPeak`. */
	peakInFlight(): number;
	resetPeak(): void;
	close(): Promise<void>;
};

const defaultOptions: FuzzOptions = {mode: 'random', beyondContract: true, minItems: 0};

/**
 * A Web API on 127.0.0.1 that answers at `/<seed>/<mode>/v1/...` with random answers the Web API
 * description allows (fuzz-answers.ts), to any bearer token. The same request asked again gets a
 * new answer (a player polled), the same in every run with the same seed.
 */
export async function startFuzzApi(): Promise<FuzzApi> {
	const served = new Map<Endpoint | 'other', number>();
	const repeats = new Map<string, number>();
	let inFlight = 0;
	let peak = 0;
	const server = createServer((incoming, outgoing) => {
		inFlight += 1;
		peak = Math.max(peak, inFlight);
		outgoing.once('close', () => {
			inFlight -= 1;
		});
		incoming.resume();
		const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
		const match = /^\/(\d+)\/([a-z-]+)\/(\d+)\/v1(\/.*)$/.exec(url.pathname);
		if (match === null) {
			outgoing.writeHead(404).end();
			return;
		}

		const [, seedText, modeText, minItemsText, path = '/'] = match;
		const method = incoming.method ?? 'GET';
		const key = `${seedText}${method}${path}?${url.searchParams.toString()}`;
		const repeat = repeats.get(key) ?? 0;
		repeats.set(key, repeat + 1);
		const answer: FuzzAnswer = fuzzAnswer({method, path, query: url.searchParams}, hash(`${key}#${repeat}`), {
			mode: modeText === 'endless' ? 'endless' : 'random',
			beyondContract: modeText !== 'contract-only',
			minItems: Number(minItemsText),
		});
		served.set(answer.endpoint ?? 'other', (served.get(answer.endpoint ?? 'other') ?? 0) + 1);
		const body = answer.json === undefined ? (answer.text ?? '') : JSON.stringify(answer.json);
		const send = () => {
			outgoing.writeHead(answer.status, {
				'content-type': answer.json === undefined ? 'text/plain' : 'application/json; charset=utf-8',
			});
			outgoing.end(answer.status === 204 ? undefined : body);
		};

		// Endless lists answer a moment later, as over a network, so requests overlap and can be counted.
		if (modeText === 'endless') {
			setTimeout(send, 2);
		} else {
			send();
		}
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		apiUrl: (seed, options = {}) => {
			const {mode, beyondContract, minItems} = {...defaultOptions, ...options};
			const modeText = mode === 'endless' ? 'endless' : beyondContract ? 'random' : 'contract-only';
			return `${origin}/${seed}/${modeText}/${minItems}`;
		},
		served,
		peakInFlight: () => peak,
		resetPeak: () => {
			peak = inFlight;
		},
		close: async () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** A fuzz API for the tests of one file, closed after them; FUZZ_REPORT=1 prints what it served. */
export function withFuzzApi(): () => FuzzApi {
	let api: FuzzApi | undefined;
	beforeAll(async () => {
		api = await startFuzzApi();
	});
	afterAll(async () => {
		if (process.env.FUZZ_REPORT === '1' && api !== undefined) {
			const served = api.served;
			const counts = endpoints.map((endpoint) => `${endpoint}: ${served.get(endpoint) ?? 0}`);
			console.info(`fuzz answers served (FUZZ_SEED=${baseSeed}):\n  ${counts.join('\n  ')}`);
		}

		await api?.close();
	});
	return () => {
		if (api === undefined) {
			throw new Error('the fuzz API runs only inside the tests');
		}

		return api;
	};
}

/** FNV-1a, 32 bits: a seed from text. */
export function hash(text: string): number {
	let value = 0x81_1c_9d_c5;
	for (let index = 0; index < text.length; index += 1) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01_00_01_93);
	}

	return value >>> 0;
}
