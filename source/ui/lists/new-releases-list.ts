import {albumKind, countText} from '../../format/catalog-text.js';
import {counted} from '../../format/counted.js';
import type {CatalogList} from './catalog-list.js';
import {listCeiling} from './page-limits.js';
import {albumRowActions} from './row-actions.js';
import {savedColumn} from './row-marks.js';

/**
 * The newest albums and singles of the artists the user follows, newest first: each artist's
 * read at most once a day (the rest come from the cache at once), a few artists at a time.
 */
export const newReleasesList: CatalogList<'new-releases'> = {
	loading: 'whole',
	pageSize: listCeiling,
	maxItems: listCeiling,
	async load({catalog, library, releaseCache}, _subject, {signal, progress}) {
		// Loaded when the section first opens: none of it is needed for the first frame.
		const [{loadNewReleases}, cache] = await Promise.all([
			import('../../spotify/new-releases.js'),
			releaseCache(),
		]);
		const found = await loadNewReleases({
			catalog,
			library,
			cache,
			now: Date.now,
			signal,
			onProgress: (known) => progress({items: known.releases, total: known.releases.length}),
		});
		const skipped = found.failed === 0 ? '' : ` · ${counted(found.failed, 'artist')} could not be read`;
		return {
			items: found.releases,
			total: found.releases.length,
			about: `from the ${counted(found.artists, 'artist')} you follow${skipped}`,
		};
	},
	label: () => 'New releases',
	title: ({about, total}) =>
		['New releases', about, total === undefined ? undefined : `${total}`]
			.filter((part) => part !== undefined)
			.join(' · '),
	loadingText: 'Looking for new releases of the artists you follow…',
	empty: () => 'No new releases: the artists you follow have none on Spotify, or you follow none.',
	columns: (_releases, context) => [
		{header: 'RELEASED', width: 10, cell: (release) => release.album.release_date ?? ''},
		savedColumn(context, (release) => release.album.uri),
		{header: 'TITLE', width: 'flex', cell: (release) => release.album.name},
		{header: 'ARTIST', width: 'flex', hideBelow: 60, cell: (release) => release.artist.name},
		{header: 'KIND', width: 11, hideBelow: 80, cell: (release) => albumKind(release.album)},
		{
			header: 'TRACKS',
			width: 6,
			align: 'right',
			hideBelow: 90,
			cell: (release) => countText(release.album.total_tracks),
		},
	],
	text: (release) => `${release.album.name} ${release.artist.name}`,
	identity: (release) => release.album.uri,
	...albumRowActions<'new-releases'>((release) => release.album),
	needsLogin: true,
};
