/**
 * `1 track`, `2 tracks`, `0 tracks`, `first 2,000 of 14,487,814 tracks`: a count (or a count as a
 * list's title tells it) and its noun, plural unless the count is one.
 */
export function counted(count: number | string, noun: string, plural = `${noun}s`): string {
	return `${count} ${String(count) === '1' ? noun : plural}`;
}
