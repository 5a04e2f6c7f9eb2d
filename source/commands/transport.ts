import {nothingPlayingSentence} from '../spotify/api-error.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import {SpotifyApiError} from '../spotify/spotify-errors.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {reportCommandDone, targetDeviceId} from './player-report.js';

export type TransportAction = 'pause' | 'resume' | 'next' | 'previous';

export type TransportCommandOptions = GlobalOptions & {
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** `musicterminal pause|resume|next|previous`, then what plays afterwards. */
export async function runTransportCommand(
	action: TransportAction,
	options: TransportCommandOptions,
	io: CommandIo,
): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: action});
	const deviceId = await targetDeviceId(client, options.device);
	switch (action) {
		case 'pause': {
			await unlessAlready(client, false, client.player.pause({deviceId}));
			await reportCommandDone(client, options, io, {
				done: 'Paused.',
				applied: (state) => state?.is_playing === false,
			});
			return;
		}

		case 'resume': {
			await unlessAlready(client, true, client.player.play(undefined, {deviceId}));
			await reportCommandDone(client, options, io, {
				done: 'Resumed.',
				applied: (state) => state?.is_playing === true,
			});
			return;
		}

		case 'next': {
			await client.player.next({deviceId});
			await reportCommandDone(client, options, io, {done: 'Skipped to the next track.'});
			return;
		}

		case 'previous': {
			await client.player.previous({deviceId});
			await reportCommandDone(client, options, io, {done: 'Went back to the previous track.'});
			return;
		}
	}
}

/**
 * Pausing what is paused (or resuming what plays) is done, not an error, whatever Spotify calls it;
 * with nothing to pause or resume at all, Spotify's "Restriction violated" means nothing is playing.
 */
async function unlessAlready(client: SpotifyClient, playing: boolean, command: Promise<void>): Promise<void> {
	try {
		await command;
	} catch (error) {
		if (!(error instanceof SpotifyApiError) || error.status !== 403) {
			throw error;
		}

		const state = await client.player.state();
		if (state === undefined || state.item === null) {
			throw new SpotifyApiError(nothingPlayingSentence, error);
		}

		if (state.is_playing !== playing) {
			throw error;
		}
	}
}
