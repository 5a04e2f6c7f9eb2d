import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {quoted} from '../../format/terminal-text.js';
import {recentLimit} from '../state/ui-state.js';
import {watch} from '../store/create-store.js';
import type {UiStore} from '../store/ui-store.js';

const longestSearch = 500;

export type LoadedHistory = {readonly recent: string[]; readonly note?: string | undefined};

/** The searches kept in `path`; a file that cannot be read is passed over with a note, never thrown. */
export async function readSearchHistory(path: string): Promise<LoadedHistory> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return {recent: []};
		}

		return {recent: [], note: unreadable(path, (error as Error).message)};
	}

	try {
		const parsed: unknown = JSON.parse(text);
		const searches = (parsed as {searches?: unknown} | null)?.searches;
		if (!Array.isArray(searches)) {
			return {recent: [], note: unreadable(path, 'it holds no list of searches')};
		}

		const recent = searches
			.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')
			.map((entry) => entry.slice(0, longestSearch));
		return {recent: [...new Set(recent)].slice(0, recentLimit)};
	} catch {
		return {recent: [], note: unreadable(path, 'it is not JSON')};
	}
}

function unreadable(path: string, reason: string): string {
	return `Earlier searches could not be read (${reason}) from ${quoted(path)}; new searches will replace them.`;
}

/**
 * Writes the searches to `path`, readable by the user only, all at once: a reader never sees half
 * a file. Synchronous (a few hundred bytes), so quitting right after a search loses nothing.
 */
export function writeSearchHistory(path: string, recent: readonly string[]): void {
	mkdirSync(dirname(path), {recursive: true, mode: 0o700});
	const temporary = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, `${JSON.stringify({version: 1, searches: recent.slice(0, recentLimit)})}\n`, {
			mode: 0o600,
		});
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/** Loads the searches of earlier runs into the store, and keeps the file up to date as searches are made. */
export function startSearchHistory(store: UiStore, path: string): () => void {
	let stopped = false;
	let stopWatching: (() => void) | undefined;
	void readSearchHistory(path).then(({recent, note}) => {
		if (stopped) {
			return;
		}

		store.dispatch({type: 'history-loaded', recent, note});
		const keep = (searches: readonly string[]) => {
			try {
				writeSearchHistory(path, searches);
			} catch {
				// A history that cannot be kept is not worth interrupting a search for.
			}
		};

		// Searches made while the file was read are kept at once; after that, each new one.
		let written: readonly string[] = recent;
		stopWatching = watch(
			store,
			(state) => state.search.recent,
			(searches) => {
				if (searches.join('\n') !== written.join('\n')) {
					written = searches;
					keep(searches);
				}
			},
		);
	});
	return () => {
		stopped = true;
		stopWatching?.();
	};
}
