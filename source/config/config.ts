export type AuthMethod = 'CLIENT_CREDENTIALS' | 'AUTHORIZATION_CODE';

/** A validated musicterminal configuration; every endpoint comes from here. */
export type Config = {
	/** The file it was read from; undefined when it came from the environment alone. */
	readonly path: string | undefined;
	readonly clientId: string;
	/** Undefined for a public (PKCE-only) client. */
	readonly clientSecret: string | undefined;
	readonly accessTokenUrl: string;
	readonly authUrl: string;
	readonly apiVersion: string;
	readonly apiUrl: string;
	/** `api_url` joined with `api_version`: where Web API paths start. */
	readonly apiBaseUrl: string;
	readonly authMethod: AuthMethod;
	readonly redirectUri: string;
	/** Country for catalog calls with an app token. */
	readonly market: string | undefined;
	readonly scopes: readonly string[];
	/** Name or id of the device to wake for playback when none is active. */
	readonly device: string | undefined;
	/** Seconds between reads of the player while something plays; undefined for the default. */
	readonly pollIntervalSeconds?: number | undefined;
};

/** What login asks for: playback, then the library, playlists, plays and follows (SPOTIFY.md). */
export const defaultScopes: readonly string[] = [
	'user-read-playback-state',
	'user-modify-playback-state',
	'user-read-currently-playing',
	'user-library-read',
	'user-library-modify',
	'playlist-read-private',
	'playlist-read-collaborative',
	'user-read-recently-played',
	'user-follow-read',
];

export const spotifyDefaults = {
	accessTokenUrl: 'https://accounts.spotify.com/api/token',
	authUrl: 'https://accounts.spotify.com/authorize',
	apiVersion: 'v1',
	apiUrl: 'https://api.spotify.com',
	redirectUri: 'http://127.0.0.1:8888/callback',
} as const;
