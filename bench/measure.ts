export type Timing = {readonly median: number; readonly p95: number};

/**
 * Runs `call` 2 × `count` times one after another and times the second half in ms; the first half
 * warms up. `call` gets a new index each time, so it can read something not read before.
 */
export async function measureCalls(
	count: number,
	call: (index: number) => Promise<unknown>,
): Promise<Timing> {
	const durations: number[] = [];
	for (let index = 0; index < count * 2; index += 1) {
		const started = performance.now();
		await call(index);
		if (index >= count) {
			durations.push(performance.now() - started);
		}
	}

	durations.sort((a, b) => a - b);
	return {median: percentile(durations, 0.5), p95: percentile(durations, 0.95)};
}

function percentile(sorted: readonly number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/** Prints rows under a header in aligned columns. */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	for (const row of [header, ...rows]) {
		console.log(
			`  ${row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join('  ')
				.trimEnd()}`,
		);
	}
}
