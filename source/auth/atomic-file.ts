import {closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';

/**
 * Replaces `path` with `text` in one step, as a 0600 file: other processes see the old content or
 * the new, never part of either, and a process killed midway leaves the old file whole.
 */
export function writeFileAtomically(path: string, text: string): void {
	const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
	const descriptor = openSync(temporary, 'wx', 0o600);
	try {
		try {
			writeSync(descriptor, text);
			renameSync(temporary, path);
		} catch (error) {
			try {
				removeIfPresent(temporary);
			} catch {
				// The first failure is the one to tell.
			}

			throw error;
		}

		// Other processes read the new content from here on; the flush to disk (for a power cut) comes after.
		try {
			fsyncSync(descriptor);
		} catch {
			// The file is in place; the kernel writes it out in its own time.
		}
	} finally {
		closeSync(descriptor);
	}
}

/** Removes the file; one that is already gone is no failure. */
export function removeIfPresent(path: string): void {
	try {
		unlinkSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw error;
		}
	}
}
