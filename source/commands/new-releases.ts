import {defaultTokenDirectory} from '../auth/token-store.js';
import {counted} from '../format/counted.js';
import {jsonText} from '../format/terminal-text.js';
import {loadNewReleases} from '../spotify/new-releases.js';
import {ReleaseCache, releaseCachePath} from '../spotify/release-cache.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {releaseJson} from './output/library-json.js';
import {releasesTable} from './output/library-tables.js';
import {tableHeading} from './output/table.js';

export type NewReleasesCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/**
 * `musicterminal new`: the newest albums and singles of the artists you follow, newest first;
 * each artist's are read at most once a day, and kept in new-releases.json beside the login.
 */
export async function runNewReleasesCommand(
	options: NewReleasesCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'new'});
	const found = await loadNewReleases({
		catalog: client.catalog,
		library: client.library,
		cache: new ReleaseCache(releaseCachePath(defaultTokenDirectory(io.env))),
		now: io.now,
	});
	if (found.failed > 0) {
		io.stderr(
			`musicterminal: ${found.failed} of the ${counted(found.artists, 'artist')} you follow could not be read; their releases are left out.\n`,
		);
	}

	if (options.json === true) {
		io.stdout(
			jsonText({releases: found.releases.map(releaseJson), artists: found.artists, failed: found.failed}),
		);
		return;
	}

	io.stdout(
		found.releases.length === 0
			? found.artists === 0
				? 'You follow no artists, so there are no new releases to show: follow some in a Spotify app.\n'
				: 'The artists you follow have no albums or singles on Spotify.\n'
			: `${tableHeading(`New releases from the ${counted(found.artists, 'artist')} you follow, newest first`, io.columns)}\n${releasesTable(found.releases, io.columns)}`,
	);
}
