// Loaded into the app the bench measures (`node --expose-gc --import memory-probe.js`): at each
// SIGUSR2 it writes the process's memory, as the OS sees it and after collecting all garbage, to
// the file named by MUSICTERMINAL_BENCH_MEMORY.
import {writeFileSync} from 'node:fs';
import {getHeapSpaceStatistics} from 'node:v8';

export type MemoryReading = {
	/** Resident memory in bytes, as it was. */
	readonly rss: number;
	/** Resident memory in bytes two seconds after two full collections. */
	readonly rssAfterGc: number;
	/** V8's heap in use after them. */
	readonly heapUsedAfterGc: number;
	/** Memory outside V8's heap (buffers, WebAssembly) after them. */
	readonly externalAfterGc: number;
	/** V8's heap as reserved from the system after them, by space (new_space, old_space, code_space, …). */
	readonly heapSpacesAfterGc: Readonly<Record<string, number>>;
};

// V8 hands back the pages a collection emptied on threads of its own: within a second, here.
const settleMs = 2000;

const file = process.env.MUSICTERMINAL_BENCH_MEMORY;
const collect = (globalThis as {gc?: () => void}).gc;
if (file !== undefined && collect !== undefined) {
	process.on('SIGUSR2', () => {
		const rss = process.memoryUsage.rss();
		collect();
		collect();
		const after = process.memoryUsage();
		const heapSpacesAfterGc = Object.fromEntries(
			getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]),
		);
		setTimeout(() => {
			const reading: MemoryReading = {
				rss,
				rssAfterGc: process.memoryUsage.rss(),
				heapUsedAfterGc: after.heapUsed,
				externalAfterGc: after.external,
				heapSpacesAfterGc,
			};
			writeFileSync(file, JSON.stringify(reading));
		}, settleMs).unref();
	});
}
