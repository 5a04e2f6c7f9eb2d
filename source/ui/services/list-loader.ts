import {errorText, isRetryable} from '../error-text.js';
import type {ListSources} from '../lists/catalog-list.js';
import {catalogList} from '../lists/catalog-lists.js';
import type {ListState, Span} from '../state/list-state.js';
import {allLists} from '../state/ui-state.js';
import type {UiStore} from '../store/ui-store.js';

/**
 * Loads the pages the store's lists ask for (their `inFlight` spans) and brings each answer back
 * as it comes. A list that leaves the store has its requests aborted; a late answer finds nothing.
 */
export function startListLoader(store: UiStore, sources: ListSources): () => void {
	const running = new Map<string, AbortController>();

	const start = (list: ListState, span: Span, key: string) => {
		const controller = new AbortController();
		running.set(key, controller);
		const {signal} = controller;
		// The list's own declaration loads its own subject.
		const load = catalogList(list.kind).load(sources, list.subject as never, {
			...span,
			signal,
			progress: (page) => {
				if (!signal.aborted) {
					store.dispatch({type: 'page-progress', listId: list.id, span, page});
				}
			},
		});
		load.then(
			(page) => {
				if (!signal.aborted) {
					running.delete(key);
					store.dispatch({type: 'page-loaded', listId: list.id, span, page});
				}
			},
			(error: unknown) => {
				if (!signal.aborted) {
					running.delete(key);
					store.dispatch({
						type: 'page-failed',
						listId: list.id,
						span,
						error: errorText(error),
						retryable: isRetryable(error),
					});
				}
			},
		);
	};

	const sync = () => {
		const wanted = new Set<string>();
		for (const list of allLists(store.getState())) {
			for (const span of list.inFlight) {
				const key = `${list.id}:${span.offset}`;
				wanted.add(key);
				if (!running.has(key)) {
					start(list, span, key);
				}
			}
		}

		for (const [key, controller] of running) {
			if (!wanted.has(key)) {
				running.delete(key);
				controller.abort(new Error('the list was left'));
			}
		}
	};

	// Pages asked for with an answer are sent once that answer is drawn: the frame comes first.
	let syncing: NodeJS.Immediate | undefined;
	const unsubscribe = store.subscribe(() => {
		syncing ??= setImmediate(() => {
			syncing = undefined;
			sync();
		});
	});
	sync();
	return () => {
		clearImmediate(syncing);
		unsubscribe();
		for (const controller of running.values()) {
			controller.abort(new Error('stopped'));
		}

		running.clear();
	};
}
