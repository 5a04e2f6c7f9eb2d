import {createServer} from 'node:net';
import type {Config} from '../config/config.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';

const title = 'Redirect URI';
const loopbackHosts = new Map([
	['127.0.0.1', '127.0.0.1'],
	['[::1]', '::1'],
]);

/**
 * Spotify takes only a loopback IP literal over plain http, and `musicterminal login` listens on
 * its port: one taken by another program makes the login fail.
 */
export async function checkRedirectUri(config: Config): Promise<CheckResult> {
	const written = config.redirectUri;
	const url = URL.canParse(written) ? new URL(written) : undefined;
	const host = url === undefined ? undefined : loopbackHosts.get(url.hostname);
	const register = `register exactly that URI for your app in the Spotify dashboard`;
	if (url === undefined || url.protocol !== 'http:' || host === undefined || url.port === '') {
		return failure(
			'redirect-uri',
			title,
			`${written} is not a loopback IP address with a port over http, which Spotify requires`,
			`Set redirect_uri to one such as http://127.0.0.1:8888/callback in ${config.path ?? 'your config'}, and ${register}.`,
		);
	}

	const problem = await listenProblem(host, Number(url.port));
	if (problem === undefined) {
		return pass(
			'redirect-uri',
			title,
			`${written}: a loopback address, and port ${url.port} is free for the login`,
		);
	}

	const another = `choose another port in redirect_uri, and ${register}`;
	switch (problem) {
		case 'EADDRINUSE': {
			return warning(
				'redirect-uri',
				title,
				`${written}: port ${url.port} on ${url.hostname} is in use by another program, so \`musicterminal login\` could not listen for Spotify's answer`,
				`Stop that program before \`musicterminal login\`, or ${another}.`,
			);
		}

		case 'EACCES': {
			return warning(
				'redirect-uri',
				title,
				`${written}: port ${url.port} needs administrator rights to listen on`,
				`Use a port above 1023: ${another}.`,
			);
		}

		default: {
			return failure(
				'redirect-uri',
				title,
				`${written}: cannot listen on ${url.host} here (${problem})`,
				`Use 127.0.0.1 instead, such as http://127.0.0.1:${url.port}${url.pathname}, and ${register}.`,
			);
		}
	}
}

async function listenProblem(host: string, port: number): Promise<string | undefined> {
	const server = createServer();
	return new Promise((resolve) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			resolve(error.code ?? error.message);
		});
		server.listen({port, host, exclusive: true}, () => {
			server.close(() => resolve(undefined));
		});
	});
}
