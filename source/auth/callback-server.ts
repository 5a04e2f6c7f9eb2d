import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {AuthError} from './auth-errors.js';

export type CallbackServer = {
	/** The full URL Spotify redirected the browser to. */
	readonly callback: Promise<URL>;
	close(): Promise<void>;
};

export type CallbackPage = (url: URL) => {readonly ok: boolean; readonly text: string};

/**
 * Listens on the redirect URI's loopback address and port only, for the one request that brings
 * the login's answer back; anything else (a favicon, a stray probe) gets a 404 and is ignored.
 */
export async function startCallbackServer(redirectUri: string, page: CallbackPage): Promise<CallbackServer> {
	const target = new URL(redirectUri);
	let deliver: (url: URL) => void = () => {};
	const callback = new Promise<URL>((resolve) => {
		deliver = resolve;
	});
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', target.origin);
		if (request.method !== 'GET' || url.pathname !== target.pathname) {
			response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found');
			return;
		}

		const {ok, text} = page(url);
		response
			.writeHead(ok ? 200 : 400, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'})
			.end(htmlPage(ok, text));
		deliver(url);
	});

	const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			reject(
				error.code === 'EADDRINUSE'
					? new AuthError(
							`port ${target.port} on ${target.hostname} is in use, so the login cannot listen for Spotify's answer: stop the program using it, or pick another port in redirect_uri (and register that URI in your Spotify app).`,
						)
					: new AuthError(`cannot listen on ${target.host} for the login (${error.code ?? error.message}).`),
			);
		});
		// URL drops a scheme's default port (http://127.0.0.1:80/ has port '').
		server.listen(Number(target.port || 80), host, () => resolve());
	});

	return {
		callback,
		close: async () => {
			const closed = new Promise<void>((resolve) => {
				server.close(() => resolve());
			});
			server.closeAllConnections();
			await closed;
		},
	};
}

function htmlPage(ok: boolean, text: string): string {
	const title = ok ? 'musicterminal is logged in' : 'musicterminal could not log in';
	const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><body style="font-family:system-ui;margin:3em"><h1>${title}</h1><p>${escaped}</p></body></html>`;
}
