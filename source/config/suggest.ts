/** The candidate closest to `text` when it is a likely typo of it, else undefined. */
export function closestMatch(text: string, candidates: readonly string[]): string | undefined {
	const wanted = text.toLowerCase();
	let best: {candidate: string; distance: number} | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(wanted, candidate.toLowerCase());
		if (best === undefined || distance < best.distance) {
			best = {candidate, distance};
		}
	}

	return best !== undefined && best.distance <= Math.max(2, Math.floor(wanted.length / 4))
		? best.candidate
		: undefined;
}

function editDistance(a: string, b: string): number {
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
