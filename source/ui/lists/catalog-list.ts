import type {LibraryPlaylist, PositionedEntry} from '../../spotify/library-client.js';
import type {LikedTrack, PlayedTrack, Playlist, SavedAlbum} from '../../spotify/library-schemas.js';
import type {Release} from '../../spotify/new-releases.js';
import type {QueueTarget} from '../../spotify/queue-items.js';
import type {ReleaseCache} from '../../spotify/release-cache.js';
import type {Artist, Device, SimplifiedAlbum, SimplifiedTrack, Track} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {ListColumn} from '../components/list-view.js';
import type {HomeSection} from './home-sections.js';
import type {NowPlayingRow} from './now-playing-rows.js';
import type {QueueRow} from './queue-rows.js';

type Query = {readonly query: string};
type Nothing = Record<string, never>;

/** Every kind of list, with what its rows are and what it is a list of. */
export type ListTypes = {
	home: {item: HomeSection; subject: Nothing};
	artists: {item: Artist; subject: Query};
	'album-results': {item: SimplifiedAlbum; subject: Query};
	'track-results': {item: Track; subject: Query};
	'playlist-results': {item: Playlist; subject: Query};
	albums: {item: SimplifiedAlbum; subject: {readonly artistId: string; readonly artistName?: string}};
	tracks: {item: SimplifiedTrack; subject: {readonly albumId: string; readonly albumName?: string}};
	devices: {item: Device; subject: Nothing};
	'liked-songs': {item: LikedTrack; subject: Nothing};
	'saved-albums': {item: SavedAlbum; subject: Nothing};
	playlists: {item: LibraryPlaylist; subject: Nothing};
	'playlist-items': {
		item: PositionedEntry;
		subject: {readonly playlistId: string; readonly playlistName?: string};
	};
	'recently-played': {item: PlayedTrack; subject: Nothing};
	'followed-artists': {item: Artist; subject: Nothing};
	'new-releases': {item: Release; subject: Nothing};
	queue: {item: QueueRow; subject: Nothing};
	'now-playing': {item: NowPlayingRow; subject: Nothing};
};

/** What lists load from: the Web API, and the releases kept between runs (loaded when first asked for). */
export type ListSources = SpotifyCalls & {readonly releaseCache: () => Promise<ReleaseCache>};

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

/** What playing from a list sends to the player: a context from a track or a position in it, or tracks. */
export type PlayTarget =
	| {
			readonly contextUri: string;
			readonly trackUri?: string | undefined;
			readonly position?: number | undefined;
	  }
	| {readonly trackUris: readonly string[]};

/** What Enter on a row does: open another list, the search box, or play. */
export type Opening =
	| {readonly kind: 'list'; readonly list: NewList}
	| {readonly kind: 'search'}
	| {readonly kind: 'play'; readonly play: PlayTarget};

export type NewList = {
	[Kind in ListKind]: {readonly kind: Kind; readonly subject: SubjectOf<Kind>};
}[ListKind];

/**
 * What a list shows around its rows: `playingUri` marks the row that plays, `saved` the rows in
 * the library (a URI not in it is not known yet), `canPlay` whether there is a login.
 */
export type ListContext = {
	readonly playingUri: string | undefined;
	readonly saved: ReadonlyMap<string, boolean>;
	readonly canPlay: boolean;
};

/** The rows loaded so far, and where the chosen one is among them (Liked Songs plays from there). */
export type LoadedRows<Item> = {readonly items: readonly Item[]; readonly index: number};

/**
 * A list as a declaration: how to load a page of it, how its rows look, what Enter and `a` do.
 * The store keeps its rows, pages, selection and filter; a list of its own needs only this.
 */
export type CatalogList<Kind extends ListKind> = {
	/**
	 * `as-needed`: a page at a time as the selection nears the end; `all`: every page at once;
	 * `whole`: one load for the whole list (cursor-paged and gathered ones), told as it grows.
	 */
	readonly loading: 'as-needed' | 'all' | 'whole';
	readonly pageSize: number;
	/** Never more rows than this, whatever `total` says. */
	readonly maxItems: number;
	load(
		sources: ListSources,
		subject: SubjectOf<Kind>,
		page: {
			offset: number;
			limit: number;
			signal: AbortSignal;
			/** For `whole` lists: the rows known so far, shown before the load ends. */
			progress: (page: CatalogPage<ItemOf<Kind>>) => void;
		},
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
	open?(item: ItemOf<Kind>, subject: SubjectOf<Kind>, rows: LoadedRows<ItemOf<Kind>>): Opening | undefined;
	/** `a`: play the whole of the selected row, or of the list. */
	playAll?(
		item: ItemOf<Kind> | undefined,
		subject: SubjectOf<Kind>,
		rows: LoadedRows<ItemOf<Kind>>,
	): PlayTarget | undefined;
	/** The words for what Enter does on a row, for the hints. */
	readonly enterHint?: string;
	/** What `a` plays, for the help and the hints: "the album", "the playlist". */
	readonly playAllHint?: string;
	/** The URI the library keeps for a row (saved rows are marked, L saves and removes it). */
	savable?(item: ItemOf<Kind>): string | undefined;
	/** What `e` adds to the queue for a row. */
	queueable?(item: ItemOf<Kind>): QueueTarget | undefined;
	/** Every row is in the library (Liked Songs, saved albums): marked so as they come. */
	readonly allSaved?: boolean;
	/** Only with a login: the library, the queue, what plays. */
	readonly needsLogin?: boolean;
	/** Read again when what plays changes, or the queue does. */
	readonly followsPlayer?: boolean;
	/** The name of the item a row is, for messages: `Saved "Name".` */
	name?(item: ItemOf<Kind>): string;
};
