const folded = new Map<string, string>();
const foldedLimit = 20_000;

/** Text for matching as people type it: lower case, without accents (`Amélie` → `amelie`). */
export function foldText(text: string): string {
	let result = folded.get(text);
	if (result === undefined) {
		result = text
			.normalize('NFD')
			.replaceAll(/\p{Mn}/gu, '')
			.toLocaleLowerCase();
		if (folded.size >= foldedLimit) {
			folded.clear();
		}

		folded.set(text, result);
	}

	return result;
}
