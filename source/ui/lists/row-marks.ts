import type {ListColumn} from '../components/list-view.js';
import type {ListContext} from './catalog-list.js';

/** The mark of a row in the library. */
export const savedSymbol = '♥';

/** A narrow column marking the rows in the library, by the URI `uriOf` names. */
export function savedColumn<Item>(
	context: ListContext,
	uriOf: (item: Item) => string | null | undefined,
): ListColumn<Item> {
	return {
		header: '',
		width: 1,
		cell: (item) => {
			const uri = uriOf(item);
			return uri !== null && uri !== undefined && context.saved.get(uri) === true ? savedSymbol : '';
		},
	};
}

/** A narrow column marking the row that plays. */
export function playingColumn<Item>(
	context: ListContext,
	uriOf: (item: Item) => string | null | undefined,
): ListColumn<Item> {
	return {header: '', width: 1, cell: (item) => (uriOf(item) === context.playingUri ? '♪' : '')};
}

/** Spotify URIs in a play request, at most this many (Liked Songs has no context to play in). */
export const mostTracksPlayed = 100;
