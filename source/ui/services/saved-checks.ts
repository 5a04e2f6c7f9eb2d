import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {MissingScopeError} from '../../spotify/spotify-errors.js';
import {listPageRows} from '../layout.js';
import {catalogList} from '../lists/catalog-lists.js';
import {urisPerLibraryRequest} from '../lists/page-limits.js';
import {shownCount, shownItem} from '../state/list-state.js';
import {currentScreen, type UiState} from '../state/ui-state.js';
import type {UiStore} from '../store/ui-store.js';

/**
 * Asks the library which of the rows on and near the screen it holds, 40 URIs a request and one
 * request at a time, so saved rows get their mark; each URI is asked about once. A login without
 * the library's scope stops the asking (the marks are then left out, and L says why).
 */
export function startSavedChecks(store: UiStore, library: SpotifyCalls['library']): () => void {
	const asked = new Set<string>();
	const controller = new AbortController();
	let running = false;
	let given = false;

	const check = async () => {
		if (running || given || controller.signal.aborted) {
			return;
		}

		const uris = urisToAsk(store.getState(), asked);
		if (uris.length === 0) {
			return;
		}

		running = true;
		for (const uri of uris) {
			asked.add(uri);
		}

		try {
			const answers = await library.contains(uris, {signal: controller.signal});
			store.dispatch({
				type: 'saved-known',
				entries: uris.map((uri, index) => [uri, answers[index] === true]),
			});
		} catch (error) {
			// Marks are a help: a failure leaves them out, and the rows may be asked about again later.
			for (const uri of uris) {
				asked.delete(uri);
			}

			given = error instanceof MissingScopeError || controller.signal.aborted;
		} finally {
			running = false;
		}

		scheduled ??= setImmediate(run);
	};

	let scheduled: NodeJS.Immediate | undefined;
	const run = () => {
		scheduled = undefined;
		void check();
	};

	const unsubscribe = store.subscribe(() => {
		scheduled ??= setImmediate(run);
	});
	scheduled = setImmediate(run);
	return () => {
		controller.abort(new Error('stopped'));
		clearImmediate(scheduled);
		unsubscribe();
	};
}

/** The URIs of the top list's rows around the selection whose place in the library is not known. */
function urisToAsk(state: UiState, asked: ReadonlySet<string>): string[] {
	const screen = currentScreen(state);
	if (screen.kind !== 'list' || !state.canPlay) {
		return [];
	}

	const {list} = screen;
	const declaration = catalogList(list.kind);
	if (declaration.savable === undefined || declaration.allSaved === true) {
		return [];
	}

	const page = listPageRows(state.size);
	const from = Math.max(0, list.selected - page);
	const to = Math.min(shownCount(list), list.selected + 2 * page);
	const uris = new Set<string>();
	for (let row = from; row < to && uris.size < urisPerLibraryRequest; row += 1) {
		const item = shownItem(list, row);
		const uri = item === undefined ? undefined : declaration.savable(item as never);
		if (uri !== undefined && !asked.has(uri) && !state.saved.has(uri)) {
			uris.add(uri);
		}
	}

	return [...uris];
}
