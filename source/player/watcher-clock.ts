/** Time for the player watcher: the real one, or one a test or the bench moves by hand. */
export type WatcherClock = {
	now(): number;
	/** Calls `callback` after `ms`; the function returned cancels it. */
	setTimer(callback: () => void, ms: number): () => void;
};

export const systemClock: WatcherClock = {
	// Read through each time, so fake timers installed later are seen.
	now: () => Date.now(),
	setTimer(callback, ms) {
		const timer = setTimeout(callback, ms);
		return () => {
			clearTimeout(timer);
		};
	},
};
