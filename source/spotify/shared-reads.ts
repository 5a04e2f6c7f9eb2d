import {abortable} from './abortable.js';

type Flight = {
	readonly promise: Promise<unknown>;
	readonly controller: AbortController;
	waiting: number;
};

export type SharedReadOptions = {
	readonly signal?: AbortSignal | undefined;
	/** Keep the answer for the rest of the session (catalog reads); player state is never kept. */
	readonly keep: boolean;
};

/**
 * Reads that are asked for again share one request while it runs, and catalog answers are kept
 * for the session. A caller that gives up stops waiting; the request itself is aborted only when
 * nobody waits for it any more, so nothing is left running and nothing half-done is kept.
 */
export class SharedReads {
	readonly #kept = new Map<string, unknown>();
	readonly #inFlight = new Map<string, Flight>();
	readonly #maxKept: number;

	constructor({maxKept = 1000}: {maxKept?: number} = {}) {
		this.#maxKept = maxKept;
	}

	get inFlight(): number {
		return this.#inFlight.size;
	}

	get kept(): number {
		return this.#kept.size;
	}

	async read<Value>(
		key: string,
		load: (signal: AbortSignal) => Promise<Value>,
		options: SharedReadOptions,
	): Promise<Value> {
		options.signal?.throwIfAborted();
		if (this.#kept.has(key)) {
			const value = this.#kept.get(key);
			// Least recently used goes first: re-inserting moves this key to the end.
			this.#kept.delete(key);
			this.#kept.set(key, value);
			return value as Value;
		}

		const flight = this.#inFlight.get(key) ?? this.#start(key, load, options.keep);
		flight.waiting += 1;
		try {
			return (await abortable(flight.promise, options.signal)) as Value;
		} finally {
			flight.waiting -= 1;
			if (flight.waiting === 0 && this.#inFlight.get(key) === flight) {
				this.#inFlight.delete(key);
				flight.controller.abort(options.signal?.reason);
			}
		}
	}

	clear(): void {
		this.#kept.clear();
	}

	#start(key: string, load: (signal: AbortSignal) => Promise<unknown>, keep: boolean): Flight {
		const controller = new AbortController();
		const promise = load(controller.signal).then((value) => {
			if (keep && !controller.signal.aborted) {
				this.#keep(key, value);
			}

			return value;
		});
		const flight: Flight = {promise, controller, waiting: 0};
		const forget = () => {
			if (this.#inFlight.get(key) === flight) {
				this.#inFlight.delete(key);
			}
		};

		// Rejections reach every waiting caller; this only keeps an abandoned one from going unhandled.
		promise.then(forget, forget);
		this.#inFlight.set(key, flight);
		return flight;
	}

	#keep(key: string, value: unknown): void {
		this.#kept.set(key, value);
		if (this.#kept.size > this.#maxKept) {
			const oldest = this.#kept.keys().next();
			if (oldest.done !== true) {
				this.#kept.delete(oldest.value);
			}
		}
	}
}
