import {defaultTokenDirectory, TokenStore} from '../auth/token-store.js';
import type {CommandIo} from './command-io.js';

/** `musicterminal logout`: forgets the stored login by removing tokens.json. */
export async function runLogoutCommand(io: CommandIo): Promise<void> {
	const store = new TokenStore({directory: defaultTokenDirectory(io.env), now: io.now});
	const {hadLogin, movedTo} = await store.remove();
	if (movedTo !== undefined) {
		// An unreadable store is kept whole: say where, so the user can delete it too.
		io.stdout(
			`The token store ${store.path} could not be read, so it was kept as ${movedTo}: delete it if you no longer need it. No login is stored now.\n`,
		);
		return;
	}

	io.stdout(
		hadLogin
			? `Logged out: the Spotify login stored in ${store.path} is gone.\n`
			: `There was no stored Spotify login (${store.path}).\n`,
	);
}
