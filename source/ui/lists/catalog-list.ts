import type {Artist, Device, SimplifiedAlbum, SimplifiedTrack} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {ListColumn} from '../components/list-view.js';

/** Every kind of list, with what its rows are and what it is a list of. */
export type ListTypes = {
	artists: {item: Artist; subject: {readonly query: string}};
	albums: {item: SimplifiedAlbum; subject: {readonly artistId: string; readonly artistName?: string}};
	tracks: {item: SimplifiedTrack; subject: {readonly albumId: string; readonly albumName?: string}};
	devices: {item: Device; subject: Record<string, never>};
};

export type ListKind = keyof ListTypes;
export type ItemOf<Kind extends ListKind> = ListTypes[Kind]['item'];
export type SubjectOf<Kind extends ListKind> = ListTypes[Kind]['subject'];

/** One page as a list's loader answers it; `label` and `about` say more of the subject once known. */
export type CatalogPage<Item> = {
	readonly items: readonly Item[];
	readonly total: number;
	/** How many entries the answer held, unusable ones included; `items.length` when absent. */
	readonly sent?: number;
	/** Where the next page is, when the server says; a full last page that links on means more. */
	readonly next?: string | null;
	/** The subject's name, for the breadcrumb, when the list was opened by id (a pasted link). */
	readonly label?: string | undefined;
	/** A line about the subject for the title, such as an album's artists and year. */
	readonly about?: string | undefined;
};

/** What playing from a list sends to the player. */
export type PlayTarget =
	| {readonly contextUri: string; readonly trackUri?: string | undefined}
	| {readonly trackUris: readonly string[]};

/** What Enter on a row does: open another list, or play. */
export type Opening =
	| {readonly kind: 'list'; readonly list: NewList}
	| {readonly kind: 'play'; readonly play: PlayTarget};

export type NewList = {
	[Kind in ListKind]: {readonly kind: Kind; readonly subject: SubjectOf<Kind>};
}[ListKind];

/** What a list shows around its rows; `playingUri` marks the row that plays. */
export type ListContext = {readonly playingUri: string | undefined};

/**
 * A list as a declaration: how to load a page of it, how its rows look, what Enter and `a` do.
 * The store keeps its rows, pages, selection and filter; a list of its own needs only this.
 */
export type CatalogList<Kind extends ListKind> = {
	/** `as-needed`: a page at a time as the selection nears the end; `all`: every page at once. */
	readonly loading: 'as-needed' | 'all';
	readonly pageSize: number;
	/** Never more rows than this, whatever `total` says. */
	readonly maxItems: number;
	load(
		calls: SpotifyCalls,
		subject: SubjectOf<Kind>,
		page: {offset: number; limit: number; signal: AbortSignal},
	): Promise<CatalogPage<ItemOf<Kind>>>;
	/** The breadcrumb's step, before the first page names it. */
	label(subject: SubjectOf<Kind>): string;
	/** The title above the rows, from what is known of the list: its label, and with the first page its `about` and `total`. */
	title(known: {label: string; about: string | undefined; total: string | undefined}): string;
	/** What is waited for, with a spinner. */
	readonly loadingText: string;
	empty(subject: SubjectOf<Kind>): string;
	columns(items: readonly ItemOf<Kind>[], context: ListContext): ReadonlyArray<ListColumn<ItemOf<Kind>>>;
	/** The text the filter matches. */
	text(item: ItemOf<Kind>): string;
	/** What makes two rows the same row, for rows that come twice across pages. */
	identity(item: ItemOf<Kind>): string;
	open?(item: ItemOf<Kind>, subject: SubjectOf<Kind>): Opening | undefined;
	/** `a`: play the whole of the selected row, or of the list. */
	playAll?(item: ItemOf<Kind> | undefined, subject: SubjectOf<Kind>): PlayTarget | undefined;
	/** The words for what Enter does on a row, for the hints. */
	readonly enterHint?: string;
};
