import type {RetryEvent} from '../spotify/web-api.js';

type Listener = (event: RetryEvent) => void;

/** Passes the client's retry announcements to whichever part of the UI shows them. */
export class RetryNotices {
	readonly #listeners = new Set<Listener>();

	readonly notify = (event: RetryEvent): void => {
		for (const listener of this.#listeners) {
			listener(event);
		}
	};

	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}
}
