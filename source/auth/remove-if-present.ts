import {unlinkSync} from 'node:fs';

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
