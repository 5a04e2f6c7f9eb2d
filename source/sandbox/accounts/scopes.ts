/** Every scope Spotify's accounts service accepts today. */
export const knownScopes: ReadonlySet<string> = new Set([
	'ugc-image-upload',
	'user-read-playback-state',
	'user-modify-playback-state',
	'user-read-currently-playing',
	'app-remote-control',
	'streaming',
	'playlist-read-private',
	'playlist-read-collaborative',
	'playlist-modify-private',
	'playlist-modify-public',
	'user-follow-modify',
	'user-follow-read',
	'user-read-playback-position',
	'user-top-read',
	'user-read-recently-played',
	'user-library-modify',
	'user-library-read',
	'user-read-email',
	'user-read-private',
	'user-personalized',
	'user-soa-link',
	'user-soa-unlink',
	'soa-manage-entitlements',
	'soa-manage-partner',
	'soa-create-partner',
]);

export function parseScopes(text: string | null): string[] {
	return (text ?? '').split(/[\s,]+/).filter((scope) => scope !== '');
}
