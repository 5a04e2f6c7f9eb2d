/** A command as typed after `musicterminal`, for the scopes it needs whatever it is given. */
export type ScopedCommand =
	| 'now'
	| 'devices'
	| 'queue'
	| 'queue add'
	| 'play'
	| 'pause'
	| 'resume'
	| 'next'
	| 'previous'
	| 'volume'
	| 'seek'
	| 'shuffle'
	| 'repeat'
	| 'library tracks'
	| 'library albums'
	| 'library playlists'
	| 'library recent'
	| 'library artists'
	| 'playlist'
	| 'new'
	| 'like'
	| 'unlike';

export type FeatureScope = {
	readonly scope: string;
	/** What it makes possible, for doctor: the features, and the commands in brackets. */
	readonly features: string;
	/** What it lets musicterminal do, as "allow …" sentences end. */
	readonly allows: string;
	/** The commands that cannot work without it; others may need it for some of what they are given. */
	readonly commands: readonly ScopedCommand[];
	/** Without it playback fails; without another only its feature does. */
	readonly essential: boolean;
};

/**
 * The scopes musicterminal's features need (SPOTIFY.md's tables), and what each makes possible:
 * doctor checks a login against it, `status` says what a login cannot do, and a command whose
 * scope the login lacks says so before it sends a request.
 */
export const featureScopes: readonly FeatureScope[] = [
	{
		scope: 'user-read-playback-state',
		features: 'seeing what plays and your devices (now, devices, the bar, now --follow)',
		allows: 'seeing what plays, the queue and your devices',
		commands: ['now', 'devices', 'queue'],
		essential: true,
	},
	{
		scope: 'user-modify-playback-state',
		features: 'controlling playback (play, pause, next, previous, volume, shuffle, repeat, --device)',
		allows: 'controlling playback',
		commands: [
			'play',
			'pause',
			'resume',
			'next',
			'previous',
			'volume',
			'seek',
			'shuffle',
			'repeat',
			'queue add',
		],
		essential: true,
	},
	{
		scope: 'user-library-read',
		features: 'your Liked Songs and saved albums (library)',
		allows: 'reading your Liked Songs and saved albums',
		commands: ['library tracks', 'library albums'],
		essential: false,
	},
	{
		scope: 'user-library-modify',
		features: 'like and unlike',
		allows: 'saving to and removing from your library',
		commands: ['like', 'unlike'],
		essential: false,
	},
	{
		scope: 'playlist-read-private',
		features: 'your playlists (library playlists, playlist)',
		allows: 'reading your playlists',
		commands: ['library playlists', 'playlist'],
		essential: false,
	},
	{
		scope: 'playlist-read-collaborative',
		features: 'the playlists you collaborate on',
		allows: 'reading the playlists you collaborate on',
		commands: [],
		essential: false,
	},
	{
		scope: 'user-read-recently-played',
		features: 'recently played (library recent)',
		allows: 'reading what you played recently',
		commands: ['library recent'],
		essential: false,
	},
	{
		scope: 'user-follow-read',
		features: 'the artists you follow and their new releases (new)',
		allows: 'reading the artists you follow (and their new releases)',
		commands: ['library artists', 'new'],
		essential: false,
	},
];

/** What `scope` lets musicterminal do, as "allow …" sentences end; undefined for a scope it does not use. */
export function scopeAllows(scope: string): string | undefined {
	return featureScopes.find((entry) => entry.scope === scope)?.allows;
}

/** The first scope `command` needs that `granted` lacks, if any. */
export function scopeLackedBy(command: ScopedCommand, granted: readonly string[]): FeatureScope | undefined {
	return featureScopes.find(({scope, commands}) => commands.includes(command) && !granted.includes(scope));
}

/**
 * The sentence for a login without the scope something needs: `needs` (a call or a command) needs
 * it, `why` says how that is known; logging in again (after adding the scope to the config's
 * `scopes` when that leaves it out) allows it.
 */
export function missingScopeSentence({
	needs,
	scope,
	why,
	asked,
	configName,
}: {
	needs: string;
	scope: string;
	why: string;
	asked: boolean;
	configName: string;
}): string {
	const allow = `allow ${scopeAllows(scope) ?? scope} (${scope})`;
	return asked
		? `your Spotify login does not allow this: ${needs} needs ${scope}${why}. Run \`musicterminal login\` again to ${allow}.`
		: `your Spotify login does not allow this: ${needs} needs ${scope}${why}, and scopes in ${configName} does not ask for it. Add ${scope} to scopes there, then run \`musicterminal login\` again to ${allow}.`;
}
