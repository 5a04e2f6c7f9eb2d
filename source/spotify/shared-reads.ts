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
 * for the session, the least recently read going first past `maxKept` answers or `maxKeptSize`
 * characters of them as JSON. A caller that gives up stops waiting; the request itself is aborted
 * only when nobody waits for it any more, so nothing is left running and nothing half-done is kept.
 */
export class SharedReads {
	readonly #kept = new Map<string, {readonly value: unknown; size: number}>();
	readonly #inFlight = new Map<string, Flight>();
	readonly #maxKept: number;
	readonly #maxKeptSize: number;
	#keptSize = 0;

	constructor({maxKept = 1000, maxKeptSize = 4 * 2 ** 20}: {maxKept?: number; maxKeptSize?: number} = {}) {
		this.#maxKept = maxKept;
		this.#maxKeptSize = maxKeptSize;
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
		const kept = this.#kept.get(key);
		if (kept !== undefined) {
			// Least recently used goes first: re-inserting moves this key to the end.
			this.#kept.delete(key);
			this.#kept.set(key, kept);
			return kept.value as Value;
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

	/** The characters the kept answers take as JSON, as last measured. */
	get keptSize(): number {
		return this.#keptSize;
	}

	clear(): void {
		this.#kept.clear();
		this.#keptSize = 0;
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
		const entry = {value, size: 0};
		this.#forget(key);
		this.#kept.set(key, entry);
		this.#trim();
		// Measured after the answer is drawn, not before it reaches the caller.
		setImmediate(() => {
			if (this.#kept.get(key) === entry) {
				entry.size = JSON.stringify(value)?.length ?? 0;
				this.#keptSize += entry.size;
				this.#trim();
			}
		});
	}

	#forget(key: string): void {
		const entry = this.#kept.get(key);
		if (entry !== undefined) {
			this.#kept.delete(key);
			this.#keptSize -= entry.size;
		}
	}

	#trim(): void {
		for (const key of this.#kept.keys()) {
			if (this.#kept.size <= this.#maxKept && this.#keptSize <= this.#maxKeptSize) {
				return;
			}

			this.#forget(key);
		}
	}
}
