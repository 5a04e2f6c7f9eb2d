import type {CatalogPage, ItemOf, ListKind, NewList, SubjectOf} from '../lists/catalog-list.js';
import {catalogList} from '../lists/catalog-lists.js';
import {foldText} from './fold-text.js';
import {editField, emptyField, insertText, type TextEdit, type TextField} from './text-field.js';

/** Rows asked for in one request. */
export type Span = {readonly offset: number; readonly limit: number};

/** A list as the store keeps it: its rows and pages, where it is, and its filter. */
export type ListStateOf<Kind extends ListKind> = {
	/** Unique in the session: answers for a list that is gone find nothing to change. */
	readonly id: number;
	readonly kind: Kind;
	readonly subject: SubjectOf<Kind>;
	readonly items: readonly ItemOf<Kind>[];
	readonly label: string;
	readonly about: string | undefined;
	/** How many rows there are, as the answers said (never more than the list's cap). */
	readonly total: number | undefined;
	/** The largest total an answer reported, beyond the cap or not. */
	readonly reportedTotal: number | undefined;
	/** The end of the rows loaded without a gap (raw, before duplicates are dropped). */
	readonly loadedTo: number;
	/** The next offset to ask for. */
	readonly nextOffset: number;
	readonly inFlight: readonly Span[];
	/** Pages that came before the ones ahead of them. */
	readonly early: ReadonlyArray<{readonly span: Span; readonly items: readonly ItemOf<Kind>[]}>;
	readonly failed: readonly Span[];
	readonly error: string | undefined;
	/** False when asking again would change nothing (a playlist Spotify keeps from apps). */
	readonly retryable: boolean;
	/** Read again from the start: the rows shown stay until the first page replaces them. */
	readonly refreshing: boolean;
	/** `G` before every row is here: load to the end, then select the last row. */
	readonly toEnd: boolean;
	/** The selected row among those shown (after the filter). */
	readonly selected: number;
	readonly filter: TextField;
	/** Typing goes to the filter. */
	readonly filtering: boolean;
	/** The rows the filter lets through, as indices into `items`; undefined without a filter. */
	readonly matches: readonly number[] | undefined;
};

export type ListState = {[Kind in ListKind]: ListStateOf<Kind>}[ListKind];

export type Move = 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last';

const pagesInFlight = 4;
/** As-needed lists ask for the next page when the selection is this close to the last row loaded. */
const nearEnd = 3;

// One cast, where a list of one kind goes back among lists of every kind.
function widen<Kind extends ListKind>(list: ListStateOf<Kind>): ListState {
	return list as unknown as ListState;
}

export function newList(id: number, {kind, subject}: NewList): ListState {
	const declaration = catalogList(kind);
	const list = {
		id,
		kind,
		subject,
		items: [],
		label: (declaration.label as (subject: NewList['subject']) => string)(subject),
		about: undefined,
		total: undefined,
		reportedTotal: undefined,
		loadedTo: 0,
		nextOffset: declaration.pageSize,
		inFlight: [{offset: 0, limit: declaration.pageSize}],
		early: [],
		failed: [],
		error: undefined,
		retryable: true,
		refreshing: false,
		toEnd: false,
		selected: 0,
		filter: emptyField,
		filtering: false,
		matches: undefined,
	};
	return list as unknown as ListState;
}

/** How many rows the list shows (after the filter). */
export function shownCount<Kind extends ListKind>(list: ListStateOf<Kind>): number {
	return list.matches?.length ?? list.items.length;
}

/** The item on the shown row `row`. */
export function shownItem<Kind extends ListKind>(
	list: ListStateOf<Kind>,
	row: number,
): ItemOf<Kind> | undefined {
	const index = list.matches === undefined ? row : list.matches[row];
	return index === undefined ? undefined : list.items[index];
}

/** How many rows the list has, for its title: `331`, or `first 2,000 of 14,487,814` past its cap. */
export function totalText<Kind extends ListKind>(list: ListStateOf<Kind>): string | undefined {
	const {total, reportedTotal} = list;
	if (total === undefined) {
		return undefined;
	}

	const grouped = (count: number) => count.toLocaleString('en-US');
	return reportedTotal !== undefined && reportedTotal > total && isComplete(list)
		? `first ${grouped(total)} of ${grouped(reportedTotal)}`
		: String(total);
}

/** Every row is loaded (or the list's cap reached). */
export function isComplete<Kind extends ListKind>(list: ListStateOf<Kind>): boolean {
	return list.total !== undefined && list.loadedTo >= list.total;
}

export function pageLoaded<Kind extends ListKind>(
	list: ListStateOf<Kind>,
	span: Span,
	page: CatalogPage<ItemOf<Kind>>,
): ListState {
	const declaration = catalogList(list.kind);
	const inFlight = list.inFlight.filter((entry) => entry.offset !== span.offset);
	const first = list.total === undefined;
	const reportedTotal = Math.max(list.reportedTotal ?? 0, page.total);
	const sent = page.sent ?? page.items.length;
	let total = Math.min(declaration.maxItems, Math.max(list.total ?? 0, page.total));
	if (sent < span.limit) {
		// A short or empty page ends the list, whatever the total said.
		total = Math.min(total, span.offset + sent);
	} else if (page.next !== undefined && page.next !== null && span.offset + sent >= total) {
		// A full last page that links on: the total was too low.
		total = Math.min(declaration.maxItems, span.offset + sent + declaration.pageSize);
	}

	// The first answer may hold fewer rows than asked (an album carries its first tracks).
	const covered: Span = first ? {offset: span.offset, limit: sent} : span;
	let early = [...list.early, {span: covered, items: page.items}].sort(
		(a, b) => a.span.offset - b.span.offset,
	);
	// A list read again starts over, and so does one whose first rows came before its first page.
	let {items, loadedTo} = first ? {items: [] as readonly ItemOf<Kind>[], loadedTo: 0} : list;
	const seen = new Set(items.map((item) => declaration.identity(item)));
	while (early[0] !== undefined && early[0].span.offset <= loadedTo) {
		const [next, ...rest] = early;
		const fresh = next.items.filter((item) => {
			const key = declaration.identity(item);
			const isNew = !seen.has(key);
			seen.add(key);
			return isNew;
		});
		items = [...items, ...fresh];
		loadedTo = Math.max(loadedTo, next.span.offset + next.span.limit);
		early = rest;
	}

	const updated: ListStateOf<Kind> = {
		...list,
		items,
		loadedTo,
		early,
		inFlight,
		total,
		reportedTotal,
		refreshing: false,
		selected:
			first && list.refreshing ? Math.min(list.selected, Math.max(0, items.length - 1)) : list.selected,
		nextOffset: first ? sent : list.nextOffset,
		label: page.label ?? list.label,
		about: page.about ?? list.about,
		matches: matchesFor(list, items, first ? undefined : list.matches),
	};
	return landOnEnd(requestPages(updated));
}

/** The rows of a `whole` list known before its load ends, shown as they come. */
export function pageProgress<Kind extends ListKind>(
	list: ListStateOf<Kind>,
	span: Span,
	page: CatalogPage<ItemOf<Kind>>,
): ListState {
	if (span.offset !== 0 || list.total !== undefined) {
		return widen(list);
	}

	const declaration = catalogList(list.kind);
	const seen = new Set<string>();
	const items = page.items.filter((item) => {
		const key = declaration.identity(item);
		const isNew = !seen.has(key);
		seen.add(key);
		return isNew;
	});
	const shown = {...list, items, label: page.label ?? list.label, about: page.about ?? list.about};
	return widen({
		...shown,
		refreshing: false,
		selected: Math.min(list.selected, Math.max(0, items.length - 1)),
		matches: matchesFor(shown, items, undefined),
	});
}

export function pageFailed(list: ListState, span: Span, error: string, retryable = true): ListState {
	return {
		...list,
		inFlight: list.inFlight.filter((entry) => entry.offset !== span.offset),
		failed: [...list.failed, span],
		error,
		retryable,
		refreshing: false,
	};
}

/** The list read again from its start, its rows and place kept until the first page comes. */
export function refreshList(list: ListState, id: number): ListState {
	const fresh = newList(id, {kind: list.kind, subject: list.subject} as NewList);
	return {
		...fresh,
		items: list.items,
		selected: list.selected,
		filter: list.filter,
		filtering: list.filtering,
		matches: list.matches,
		refreshing: true,
	} as ListState;
}

/** Asks again for the pages that failed. */
export function retryPages(list: ListState): ListState {
	if (list.failed.length === 0 || !list.retryable) {
		return list;
	}

	return requestPages({...list, inFlight: [...list.inFlight, ...list.failed], failed: [], error: undefined});
}

export function moveSelection(list: ListState, move: Move, pageRows: number): ListState {
	const count = shownCount(list);
	const to = {
		up: list.selected - 1,
		down: list.selected + 1,
		'page-up': list.selected - pageRows,
		'page-down': list.selected + pageRows,
		first: 0,
		last: count - 1,
	}[move];
	const selected = Math.max(0, Math.min(count - 1, to));
	const toEnd = move === 'last' && !isComplete(list) && list.error === undefined;
	return requestPages({...list, selected, toEnd});
}

export function startFilter(list: ListState): ListState {
	return {...list, filtering: true, filter: emptyField, selected: 0, matches: undefined};
}

/** Enter: the filter stays, typing goes back to keys. */
export function keepFilter(list: ListState): ListState {
	return list.filter.text.trim() === '' ? clearFilter(list) : {...list, filtering: false};
}

export function clearFilter(list: ListState): ListState {
	return requestPages({...list, filtering: false, filter: emptyField, selected: 0, matches: undefined});
}

export function typeInFilter(list: ListState, text: string): ListState {
	return withFilter(list, insertText(list.filter, text));
}

export function editFilter(list: ListState, edit: TextEdit): ListState {
	return withFilter(list, editField(list.filter, edit));
}

function withFilter(list: ListState, filter: TextField): ListState {
	if (filter.text === list.filter.text) {
		return {...list, filter};
	}

	const filtered = {...list, filter};
	return {...filtered, selected: 0, matches: matchesFor(filtered, list.items, undefined)};
}

/** The indices of `items` the filter lets through; those already matched in `known` are kept. */
function matchesFor<Kind extends ListKind>(
	list: ListStateOf<Kind>,
	items: readonly ItemOf<Kind>[],
	known: readonly number[] | undefined,
): readonly number[] | undefined {
	const needle = foldText(list.filter.text.trim());
	if (needle === '') {
		return undefined;
	}

	const declaration = catalogList(list.kind);
	const from = known === undefined ? 0 : list.items.length;
	const found = known === undefined ? [] : [...known];
	for (let index = from; index < items.length; index += 1) {
		const item = items[index];
		if (item !== undefined && foldText(declaration.text(item)).includes(needle)) {
			found.push(index);
		}
	}

	return found;
}

/** The pages the list needs now: all at once, or the next as the selection nears the end. */
export function requestPages<Kind extends ListKind>(list: ListStateOf<Kind>): ListState {
	const declaration = catalogList(list.kind);
	if (list.total === undefined || list.error !== undefined) {
		return widen(list);
	}

	const end = list.total;
	const wantsAll = declaration.loading !== 'as-needed' || list.toEnd;
	const row = list.matches === undefined ? list.selected : -1;
	const wanted = wantsAll || (list.inFlight.length === 0 && row >= list.items.length - nearEnd);
	if (!wanted) {
		return widen(list);
	}

	const limit = wantsAll ? pagesInFlight : 1;
	const inFlight = [...list.inFlight];
	let {nextOffset} = list;
	while (inFlight.length < limit && nextOffset < end) {
		const size = Math.min(declaration.pageSize, end - nextOffset);
		inFlight.push({offset: nextOffset, limit: size});
		nextOffset += size;
	}

	return widen({...list, inFlight, nextOffset});
}

function landOnEnd(list: ListState): ListState {
	return list.toEnd && isComplete(list)
		? {...list, toEnd: false, selected: Math.max(0, shownCount(list) - 1)}
		: list;
}
