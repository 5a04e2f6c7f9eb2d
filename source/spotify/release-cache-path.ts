import {join} from 'node:path';

/** Where the releases of followed artists are kept between runs: beside the config and the login. */
export function releaseCachePath(directory: string): string {
	return join(directory, 'new-releases.json');
}
