/** The sections of the home screen, each a list of its own (or the search box). */
export type SectionId =
	| 'search'
	| 'liked-songs'
	| 'saved-albums'
	| 'playlists'
	| 'recently-played'
	| 'followed-artists'
	| 'new-releases'
	| 'queue'
	| 'now-playing';

export type HomeSection = {
	readonly id: SectionId;
	readonly name: string;
	/** What it holds, in a few words. */
	readonly about: string;
	/** The digit that opens it from any list. */
	readonly key: string;
	/** Only with a login. */
	readonly needsLogin: boolean;
};

export const homeSections: readonly HomeSection[] = [
	{
		id: 'search',
		name: 'Search',
		about: 'artists, albums, tracks and playlists (Tab)',
		key: '1',
		needsLogin: false,
	},
	{
		id: 'liked-songs',
		name: 'Liked Songs',
		about: 'your saved tracks, newest first',
		key: '2',
		needsLogin: true,
	},
	{id: 'saved-albums', name: 'Albums', about: 'your saved albums', key: '3', needsLogin: true},
	{
		id: 'playlists',
		name: 'Playlists',
		about: 'yours, collaborative and followed',
		key: '4',
		needsLogin: true,
	},
	{id: 'recently-played', name: 'Recently played', about: 'newest first', key: '5', needsLogin: true},
	{id: 'followed-artists', name: 'Artists you follow', about: 'and their albums', key: '6', needsLogin: true},
	{
		id: 'new-releases',
		name: 'New releases',
		about: 'from the artists you follow, newest first',
		key: '7',
		needsLogin: true,
	},
	{id: 'queue', name: 'Queue', about: 'what plays now and next', key: '8', needsLogin: true},
	{
		id: 'now-playing',
		name: 'Now playing',
		about: 'the track or episode, its album and artists',
		key: '9',
		needsLogin: true,
	},
];

export function sectionByKey(key: string): HomeSection | undefined {
	return homeSections.find((section) => section.key === key);
}
