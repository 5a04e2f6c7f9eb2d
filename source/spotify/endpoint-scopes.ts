/**
 * The scope a Web API call needs (SPOTIFY.md's tables), to say which one a login lacks; undefined
 * for calls that need none, or that the tables do not list.
 */
export function scopeFor(method: string, path: string): string | undefined {
	const reads = method.toUpperCase() === 'GET';
	if (path === 'me/player/currently-playing') {
		return 'user-read-currently-playing';
	}

	if (path === 'me/player/recently-played') {
		return 'user-read-recently-played';
	}

	if (path === 'me/player' || path.startsWith('me/player/')) {
		return reads ? 'user-read-playback-state' : 'user-modify-playback-state';
	}

	if (/^me\/(?:tracks|albums|shows|episodes|library)(?:\/|$)/.test(path)) {
		return reads ? 'user-library-read' : 'user-library-modify';
	}

	if (reads && path === 'me/following') {
		return 'user-follow-read';
	}

	if (reads && (path === 'me/playlists' || path.startsWith('playlists/'))) {
		return 'playlist-read-private';
	}

	return undefined;
}
