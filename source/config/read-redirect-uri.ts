import {quoted} from '../format/terminal-text.js';
import {spotifyDefaults} from './config.js';
import type {Complaint} from './config-error.js';
import {type Reading, readText, type ValueNode} from './read-values.js';

const loopbackHosts = new Set(['127.0.0.1', '[::1]']);
const register = 'and register exactly that in your app in the Spotify dashboard';

/**
 * Where `musicterminal login` listens for Spotify's answer. Spotify's rules since 2025-11-27: no
 * `localhost`, and plain http only for the loopback IP literals. The login server needs, on top of
 * that, an address on this machine with a port to listen on.
 */
export function readRedirectUri(node: ValueNode): Reading<string> {
	const text = readText(node, {key: 'redirect_uri', example: spotifyDefaults.redirectUri});
	if ('problem' in text || text.value === undefined) {
		return text;
	}

	const problem = redirectUriProblem(text.value);
	return problem === undefined ? {value: text.value} : {problem};
}

function redirectUriProblem(written: string): Complaint | undefined {
	const url = URL.canParse(written) ? new URL(written) : undefined;
	if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
		return {
			wrong: `redirect_uri is ${quoted(written)}, which is not a full http address`,
			fix: `Use one such as ${spotifyDefaults.redirectUri}, ${register}`,
		};
	}

	const loopback = loopbackHosts.has(url.hostname);
	const suggestion = `http://${loopback ? url.hostname : '127.0.0.1'}:${url.port || '8888'}${url.pathname === '/' ? '/callback' : url.pathname}`;
	if (url.hostname === 'localhost') {
		return {
			wrong: `redirect_uri ${quoted(written)} uses localhost, which Spotify rejects in redirect URIs since 27 November 2025`,
			fix: `Use ${suggestion} instead, ${register}`,
		};
	}

	if (!loopback) {
		return {
			wrong:
				url.protocol === 'http:'
					? `redirect_uri ${quoted(written)} uses plain http on ${url.hostname}, which Spotify allows only for 127.0.0.1 and [::1]`
					: `redirect_uri ${quoted(written)} points at another machine, but musicterminal login listens on this one`,
			fix: `Use ${suggestion}, where musicterminal login listens, ${register}`,
		};
	}

	if (url.protocol === 'https:') {
		return {
			wrong: `redirect_uri ${quoted(written)} uses https, but musicterminal login listens with plain http, which Spotify allows on ${url.hostname}`,
			fix: `Use ${suggestion}, ${register}`,
		};
	}

	if (url.port === '') {
		return {
			wrong: `redirect_uri ${quoted(written)} has no port, and musicterminal login needs one to listen on`,
			fix: `Add one, such as ${suggestion}, ${register}`,
		};
	}

	if (!/^http:\/\/[^/]+\//i.test(written)) {
		return {
			wrong: `redirect_uri ${quoted(written)} has no path`,
			fix: `Add one, such as ${suggestion}, ${register}`,
		};
	}

	return undefined;
}
