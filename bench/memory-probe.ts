// Loaded into the app the bench measures (`node --expose-gc --import memory-probe.js`): at each
// SIGUSR2 it writes the process's memory, as the OS sees it and after collecting all garbage, to
// the file named by MUSICTERMINAL_BENCH_MEMORY.
import {writeFileSync} from 'node:fs';

export type MemoryReading = {
	/** Resident memory in bytes, as it was. */
	readonly rss: number;
	/** Resident memory in bytes after two full collections. */
	readonly rssAfterGc: number;
	/** V8's heap in use after them. */
	readonly heapUsedAfterGc: number;
	/** Memory outside V8's heap (buffers, WebAssembly) after them. */
	readonly externalAfterGc: number;
};

const file = process.env.MUSICTERMINAL_BENCH_MEMORY;
const collect = (globalThis as {gc?: () => void}).gc;
if (file !== undefined && collect !== undefined) {
	process.on('SIGUSR2', () => {
		const rss = process.memoryUsage.rss();
		collect();
		collect();
		const after = process.memoryUsage();
		const reading: MemoryReading = {
			rss,
			rssAfterGc: after.rss,
			heapUsedAfterGc: after.heapUsed,
			externalAfterGc: after.external,
		};
		writeFileSync(file, JSON.stringify(reading));
	});
}
