import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

/** How long a message stays when no key clears it first. */
export const statusLifetimeMs = {error: 6000, info: 8000} as const;

/** Clears the status line's message after a few seconds, so the hints come back. */
export function startStatusExpiry(store: UiStore): () => void {
	let timer: NodeJS.Timeout | undefined;
	const stopWatching = watch(
		store,
		(state) => state.status,
		(status) => {
			clearTimeout(timer);
			if (status !== undefined) {
				timer = setTimeout(() => {
					store.dispatch({type: 'status-expired', id: status.id});
				}, statusLifetimeMs[status.kind]);
			}
		},
	);
	return () => {
		stopWatching();
		clearTimeout(timer);
	};
}
