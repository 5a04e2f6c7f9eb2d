const loopbackHosts = new Set(['127.0.0.1', '[::1]']);

/** Whether a redirect URI sent to /authorize matches one registered for the app, as Spotify checks it. */
export function isRegisteredRedirectUri(requested: string, registered: readonly string[]): boolean {
	const wanted = parseUrl(requested);
	if (wanted === undefined) {
		return false;
	}

	return registered.some((candidate) => {
		if (candidate === requested) {
			return true;
		}

		const allowed = parseUrl(candidate);
		// A loopback URI registered without a port allows any port at request time.
		return (
			allowed !== undefined &&
			loopbackHosts.has(allowed.hostname) &&
			allowed.port === '' &&
			allowed.protocol === wanted.protocol &&
			allowed.hostname === wanted.hostname &&
			allowed.pathname === wanted.pathname &&
			allowed.search === wanted.search
		);
	});
}

/** Since 2025-11-27: https, or http only on a loopback IP literal; never `localhost`. */
export function isSecureRedirectUri(uri: string): boolean {
	const url = parseUrl(uri);
	if (url === undefined) {
		return false;
	}

	return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}

function parseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}
