/**
 * The candidate `text` most likely misspells or shortens (any letter case), or undefined when none is
 * close: a few letters off, or, for four letters or more, part of exactly one candidate.
 */
export function closestMatch(text: string, candidates: readonly string[]): string | undefined {
	const wanted = text.toLowerCase();
	let best: {candidate: string; distance: number} | undefined;
	for (const candidate of candidates) {
		const distance = levenshteinDistance(wanted, candidate.toLowerCase());
		if (best === undefined || distance < best.distance) {
			best = {candidate, distance};
		}
	}

	if (best !== undefined && best.distance <= Math.max(2, Math.floor(wanted.length / 4))) {
		return best.candidate;
	}

	const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(wanted));
	return wanted.length >= 4 && containing.length === 1 ? containing[0] : undefined;
}

/** How many single-letter insertions, deletions and substitutions turn `a` into `b`. */
export function levenshteinDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let row = 1; row <= a.length; row++) {
		const current = [row];
		for (let column = 1; column <= b.length; column++) {
			const substitution = (previous[column - 1] ?? 0) + (a[row - 1] === b[column - 1] ? 0 : 1);
			current[column] = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution);
		}

		previous = current;
	}

	return previous[b.length] ?? 0;
}
