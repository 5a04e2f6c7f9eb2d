import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import * as v from 'valibot';
import {maybeCount, maybeText, text} from './schema-values.js';
import type {SimplifiedAlbum} from './schemas.js';

export {releaseCachePath} from './release-cache-path.js';

/** An artist's latest albums and singles, and when they were read. */
export type ArtistReleases = {readonly fetchedAt: number; readonly albums: readonly SimplifiedAlbum[]};

const albumSchema = v.object({
	id: v.string(),
	uri: v.string(),
	name: text,
	album_type: maybeText,
	album_group: maybeText,
	release_date: maybeText,
	total_tracks: maybeCount,
	artists: v.array(v.object({id: maybeText, uri: maybeText, name: text})),
});

const fileSchema = v.object({
	version: v.literal(1),
	artists: v.record(v.string(), v.object({fetchedAt: v.number(), albums: v.array(albumSchema)})),
});

/**
 * The releases read per artist, in a file readable by the user only (or in memory, without a
 * path). A file that cannot be read or is not ours counts as empty: it is only a cache, rebuilt
 * from Spotify; written whole (aside, then renamed), so a reader never sees half of it.
 */
export class ReleaseCache {
	readonly #path: string | undefined;
	#entries: Map<string, ArtistReleases> | undefined;

	constructor(path: string | undefined) {
		this.#path = path;
	}

	read(): Map<string, ArtistReleases> {
		this.#entries ??= this.#load();
		return this.#entries;
	}

	/** Keeps these artists' releases, and only theirs: artists no longer followed are forgotten. */
	write(entries: ReadonlyMap<string, ArtistReleases>): void {
		this.#entries = new Map(entries);
		if (this.#path === undefined) {
			return;
		}

		const aside = `${this.#path}.${process.pid}.tmp`;
		const content = {version: 1, artists: Object.fromEntries(entries)};
		try {
			mkdirSync(dirname(this.#path), {recursive: true, mode: 0o700});
			writeFileSync(aside, `${JSON.stringify(content)}\n`, {mode: 0o600});
			renameSync(aside, this.#path);
		} catch {
			// A cache that cannot be kept costs requests next time, never the list.
			rmSync(aside, {force: true});
		}
	}

	#load(): Map<string, ArtistReleases> {
		if (this.#path === undefined) {
			return new Map();
		}

		try {
			const parsed = v.safeParse(fileSchema, JSON.parse(readFileSync(this.#path, 'utf8')));
			return parsed.success ? new Map(Object.entries(parsed.output.artists)) : new Map();
		} catch {
			return new Map();
		}
	}
}
