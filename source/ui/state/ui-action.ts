import type {PlaybackState} from '../../spotify/schemas.js';
import type {KeyPress} from '../keys/key-press.js';
import type {TerminalSize} from '../layout.js';
import type {CatalogPage, ItemOf, ListKind} from '../lists/catalog-list.js';
import type {Span} from './list-state.js';

export type PageAnswer = CatalogPage<ItemOf<ListKind>>;

/** Everything that changes the state: keys, and the answers the services bring back. */
export type UiAction =
	| {readonly type: 'key'; readonly press: KeyPress}
	| {readonly type: 'paste'; readonly text: string}
	| {readonly type: 'focus'}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	| {readonly type: 'page-loaded'; readonly listId: number; readonly span: Span; readonly page: PageAnswer}
	| {readonly type: 'page-progress'; readonly listId: number; readonly span: Span; readonly page: PageAnswer}
	| {
			readonly type: 'page-failed';
			readonly listId: number;
			readonly span: Span;
			readonly error: string;
			/** False when asking again would change nothing. */
			readonly retryable?: boolean;
	  }
	/** What the library holds, as /me/library/contains answered. */
	| {readonly type: 'saved-known'; readonly entries: ReadonlyArray<readonly [string, boolean]>}
	| {
			readonly type: 'playback';
			readonly playback: PlaybackState | undefined;
			readonly at: number;
			/** How many commands were answered when the read began. */
			readonly settledBefore: number;
	  }
	| {readonly type: 'rate-limited'; readonly until: number}
	| {
			readonly type: 'command-done';
			readonly id: number;
			/** What to tell of it: "Added … to the queue." */
			readonly note?: string | undefined;
			/** Where a seek took playback, and when. */
			readonly seekedTo?: {readonly positionMs: number; readonly at: number} | undefined;
	  }
	| {readonly type: 'command-failed'; readonly id: number; readonly error: string; readonly noDevice: boolean}
	| {readonly type: 'status-expired'; readonly id: number}
	| {readonly type: 'history-loaded'; readonly recent: readonly string[]; readonly note?: string | undefined};
