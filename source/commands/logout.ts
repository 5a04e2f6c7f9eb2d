import {defaultTokenDirectory, TokenStore} from '../auth/token-store.js';
import type {CommandIo} from './command-io.js';

/** `musicterminal logout`: forgets the stored login. */
export function runLogoutCommand(io: CommandIo): void {
	const store = new TokenStore({directory: defaultTokenDirectory(io.env)});
	const hadLogin = (() => {
		try {
			return store.read() !== undefined;
		} catch (error) {
			// An unreadable store was moved aside whole: say where, so it can be deleted too.
			io.stderr(`musicterminal: ${error instanceof Error ? error.message : String(error)}\n`);
			return false;
		}
	})();
	store.clear();
	io.stdout(
		hadLogin
			? `Logged out: the Spotify login stored in ${store.path} is gone.\n`
			: `There was no stored Spotify login (${store.path}).\n`,
	);
}
