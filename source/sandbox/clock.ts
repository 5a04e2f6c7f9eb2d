/** Wall-clock time that tests can move forward, so expiry and playback progress need no sleeping. */
export class SandboxClock {
	readonly #source: () => number;
	#offsetMs = 0;

	/** `source` gives the underlying time; a constant one makes a clock that moves only by `advance`. */
	constructor(source: () => number = Date.now) {
		this.#source = source;
	}

	now(): number {
		return this.#source() + this.#offsetMs;
	}

	advance(ms: number): void {
		this.#offsetMs += ms;
	}
}
