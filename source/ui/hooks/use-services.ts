import {useEffect} from 'react';
import type {ReleaseCache} from '../../spotify/release-cache.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {RetryNotices} from '../retry-notices.js';
import {startListLoader} from '../services/list-loader.js';
import {startPlayerCommands} from '../services/player-commands.js';
import {type PlayerPolling, startPlayerPoller} from '../services/player-poller.js';
import {startSavedChecks} from '../services/saved-checks.js';
import {startSearchHistory} from '../services/search-history.js';
import {startStatusExpiry} from '../services/status-expiry.js';
import type {UiStore} from '../store/ui-store.js';

export type ServiceOptions = {
	readonly client: SpotifyCalls;
	readonly retries: RetryNotices;
	/** Where searches are kept across runs; none keeps them for this run only. */
	readonly historyPath?: string | undefined;
	/** How to read the player; the polling policy's defaults when absent. */
	readonly polling?: PlayerPolling | undefined;
	/** Where the releases of followed artists are kept across runs; in memory without it. */
	readonly releaseCachePath?: string | undefined;
};

/** The effects that follow from the store's state: pages, the player, saved marks, messages, the history. */
export function useServices(
	store: UiStore,
	{client, retries, historyPath, polling, releaseCachePath}: ServiceOptions,
): void {
	useEffect(() => {
		// One for the session (in memory, without a path), made when new releases are first shown.
		let releases: Promise<ReleaseCache> | undefined;
		const releaseCache = async () => {
			releases ??= import('../../spotify/release-cache.js').then(
				({ReleaseCache}) => new ReleaseCache(releaseCachePath),
			);
			return releases;
		};

		const stops = [
			startListLoader(store, {...client, releaseCache}),
			startStatusExpiry(store),
			...(historyPath === undefined ? [] : [startSearchHistory(store, historyPath)]),
			...(client.tokenKind === 'user'
				? [
						startPlayerPoller(store, client.player, retries, polling),
						startPlayerCommands(store, client),
						startSavedChecks(store, client.library),
					]
				: []),
		];
		return () => {
			for (const stop of stops) {
				stop();
			}
		};
	}, [store, client, retries, historyPath, polling, releaseCachePath]);
}
