import type {WatcherClock} from '../../source/player/watcher-clock.js';

type Timer = {readonly at: number; readonly order: number; readonly callback: () => unknown};

/**
 * Time that moves only when told, for the player watcher: `advance` runs each timer as it falls
 * due, in order, and waits for the work it started (a read over HTTP) before going on, so a test
 * or the bench covers minutes of polling in milliseconds, with no sleeping.
 */
export class ManualClock implements WatcherClock {
	#now: number;
	#timers: Timer[] = [];
	#order = 0;
	readonly #onAdvance: ((ms: number) => void) | undefined;

	/** `onAdvance` is told each step forward, to move another clock (the sandbox's) along. */
	constructor({start = Date.now(), onAdvance}: {start?: number; onAdvance?: (ms: number) => void} = {}) {
		this.#now = start;
		this.#onAdvance = onAdvance;
	}

	now(): number {
		return this.#now;
	}

	setTimer(callback: () => void, ms: number): () => void {
		const timer: Timer = {at: this.#now + Math.max(0, ms), order: this.#order++, callback};
		this.#timers.push(timer);
		return () => {
			this.#timers = this.#timers.filter((candidate) => candidate !== timer);
		};
	}

	/** The time of the next timer, if any. */
	get nextAt(): number | undefined {
		return this.#next()?.at;
	}

	/** Moves `ms` forward, running (and awaiting) every timer that falls due on the way. */
	async advance(ms: number): Promise<void> {
		const end = this.#now + ms;
		for (let timer = this.#next(); timer !== undefined && timer.at <= end; timer = this.#next()) {
			this.#moveTo(timer.at);
			this.#timers = this.#timers.filter((candidate) => candidate !== timer);
			await timer.callback();
		}

		this.#moveTo(end);
	}

	#next(): Timer | undefined {
		return this.#timers.reduce<Timer | undefined>(
			(earliest, timer) =>
				earliest === undefined ||
				timer.at < earliest.at ||
				(timer.at === earliest.at && timer.order < earliest.order)
					? timer
					: earliest,
			undefined,
		);
	}

	#moveTo(at: number): void {
		if (at > this.#now) {
			this.#onAdvance?.(at - this.#now);
			this.#now = at;
		}
	}
}
