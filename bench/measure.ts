import {readFileSync} from 'node:fs';

/** A sample's median, 95th percentile, least and greatest. */
export type Summary = {
	readonly median: number;
	readonly p95: number;
	readonly min: number;
	readonly max: number;
	readonly count: number;
};

export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) {
		throw new Error('nothing was measured');
	}

	const sorted = [...samples].sort((a, b) => a - b);
	const at = (fraction: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? 0;
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return {median, p95: at(0.95), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, count: sorted.length};
}

/**
 * Runs `call` 2 × `count` times one after another and times the second half in ms; the first half
 * warms up. `call` gets a new index each time, so it can read something not read before.
 */
export async function timeCalls(count: number, call: (index: number) => Promise<unknown>): Promise<number[]> {
	const durations: number[] = [];
	for (let index = 0; index < count * 2; index += 1) {
		const started = performance.now();
		await call(index);
		if (index >= count) {
			durations.push(performance.now() - started);
		}
	}

	return durations;
}

/** Prints rows under a header in aligned columns; columns after the first are right-aligned. */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (row: readonly string[]) =>
		row
			.map((cell, column) =>
				column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
			)
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(line(widths.map((width) => '─'.repeat(width))));
	for (const row of rows) {
		console.log(line(row));
	}
}

/** The highest resident memory a process has had, where /proc tells it (Linux). */
export function peakResidentBytes(pid: number): number | undefined {
	try {
		const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
	} catch {
		return undefined;
	}
}

/**
 * Resident memory of process `pid` by where it comes from, where /proc tells it (Linux): pages of
 * files mapped in (node's executable, its libraries and the ICU data in it) and the rest.
 */
export function residentBySource(pid: number): {fromFiles: number; anonymous: number} | undefined {
	try {
		let fromFiles = 0;
		let anonymous = 0;
		let fileBacked = false;
		for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
			const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
			if (mapping !== null) {
				fileBacked = mapping[1]?.startsWith('/') ?? false;
				continue;
			}

			const rss = /^Rss:\s+(\d+) kB$/.exec(line)?.[1];
			if (rss !== undefined) {
				const bytes = Number(rss) * 1024;
				if (fileBacked) {
					fromFiles += bytes;
				} else {
					anonymous += bytes;
				}
			}
		}

		return {fromFiles, anonymous};
	} catch {
		return undefined;
	}
}
