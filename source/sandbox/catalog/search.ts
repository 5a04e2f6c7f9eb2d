// Spotify-like search over prepared documents: query parsing, matching and ranking.

export type SearchField = 'artist' | 'album' | 'track';

type FieldFilter = {readonly field: SearchField; readonly value: string};
type YearRange = {readonly from: number; readonly to: number};

export type ParsedQuery = {
	/** Normalized free-text words and quoted phrases; each must occur in the document's text. */
	readonly terms: readonly string[];
	readonly filters: readonly FieldFilter[];
	readonly years: readonly YearRange[];
	/** True when a part of the query can match nothing, e.g. `year:soon`. */
	readonly unsatisfiable: boolean;
};

/** One searchable item, its texts already normalized. */
export type SearchDocument<Item> = {
	readonly item: Item;
	readonly id: string;
	readonly rank: number;
	/** The item's own name. */
	readonly name: string;
	/** The own name and the related names, one per line. */
	readonly text: string;
	/** Texts the field filters look in; undefined where Spotify does not apply that filter to this type. */
	readonly fields: Readonly<Record<SearchField, string | undefined>>;
	/** Release years of the item or of its albums. */
	readonly years: readonly number[];
};

const tokenPattern = /(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;
const combiningMarks = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ufe0e\ufe0f]/g;
/** Latin letters that carry their mark inside them, so NFKD leaves them whole. */
const foldedLetters: Readonly<Record<string, string>> = {
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	ħ: 'h',
	ı: 'i',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	þ: 'th',
};
const printableAscii = /^[\x20-\x7e]*$/;
const foldedLetterPattern = new RegExp(`[${Object.keys(foldedLetters).join('')}]`, 'g');

/**
 * Case- and diacritic-insensitive form of `text`: accents are stripped from Latin letters, while
 * NFKC keeps kana voicing marks and Hangul syllables whole and folds full-width letters.
 */
export function normalizeForSearch(text: string): string {
	if (printableAscii.test(text)) {
		return text.toLowerCase().replace(/\s+/g, ' ').trim();
	}

	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(combiningMarks, '')
		.replace(foldedLetterPattern, (letter) => foldedLetters[letter] ?? letter)
		.normalize('NFKC')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words, `"quoted phrases"`, `artist:`/`album:`/`track:` filters and `year:1994` or `year:1990-1999`. */
export function parseQuery(query: string): ParsedQuery {
	const terms: string[] = [];
	const filters: FieldFilter[] = [];
	const years: YearRange[] = [];
	let unsatisfiable = false;
	for (const [token, prefix, quoted, word] of query.matchAll(tokenPattern)) {
		const field = prefix?.toLowerCase();
		const value = normalizeForSearch(quoted ?? word ?? '');
		if (field === 'year') {
			const range = parseYearRange(value);
			unsatisfiable ||= range === undefined;
			if (range !== undefined) {
				years.push(range);
			}
		} else if (isSearchField(field)) {
			if (value !== '') {
				filters.push({field, value});
			}
		} else {
			const term = prefix === undefined ? value : normalizeForSearch(token);
			if (term !== '') {
				terms.push(term);
			}
		}
	}

	return {terms, filters, years, unsatisfiable};
}

function isSearchField(field: string | undefined): field is SearchField {
	return field === 'artist' || field === 'album' || field === 'track';
}

function parseYearRange(value: string): YearRange | undefined {
	const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
	if (match === null) {
		return undefined;
	}

	const from = Number(match[1]);
	const to = match[2] === undefined ? from : Number(match[2]);
	return from <= to ? {from, to} : undefined;
}

/** True for a query with nothing to look for, or with a part nothing can match. */
export function matchesNothing(query: ParsedQuery): boolean {
	const isEmpty = query.terms.length === 0 && query.filters.length === 0 && query.years.length === 0;
	return isEmpty || query.unsatisfiable;
}

/**
 * Every matching item, best first: exact name, then name starting with the query, then a match in
 * the name alone, then matches through related names; ties by rank (highest first), then id.
 */
export function searchDocuments<Item>(
	documents: readonly SearchDocument<Item>[],
	query: ParsedQuery,
	ownField: SearchField,
): Item[] {
	if (matchesNothing(query)) {
		return [];
	}

	const nameTerms =
		query.terms.length > 0
			? query.terms
			: query.filters.filter((filter) => filter.field === ownField).map((filter) => filter.value);
	const nameQuery = nameTerms.join(' ');
	return documents
		.filter((document) => matches(document, query))
		.map((document) => ({document, tier: tierOf(document, nameQuery, nameTerms)}))
		.sort(
			(a, b) =>
				a.tier - b.tier || b.document.rank - a.document.rank || compareIds(a.document.id, b.document.id),
		)
		.map(({document}) => document.item);
}

function matches<Item>(document: SearchDocument<Item>, query: ParsedQuery): boolean {
	return (
		query.terms.every((term) => document.text.includes(term)) &&
		query.filters.every((filter) => document.fields[filter.field]?.includes(filter.value) ?? false) &&
		query.years.every((range) => document.years.some((year) => year >= range.from && year <= range.to))
	);
}

function tierOf<Item>(
	document: SearchDocument<Item>,
	nameQuery: string,
	nameTerms: readonly string[],
): number {
	if (nameQuery === '') {
		return 2;
	}

	if (document.name === nameQuery) {
		return 0;
	}

	if (document.name.startsWith(nameQuery)) {
		return 1;
	}

	return nameTerms.every((term) => document.name.includes(term)) ? 2 : 3;
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
