import {jsonText} from '../format/terminal-text.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {devicesTable} from './output/catalog-tables.js';
import {deviceJson} from './output/json-shapes.js';

export type DevicesCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** `musicterminal devices`: the Spotify devices of the logged-in user, and which one is active. */
export async function runDevicesCommand(options: DevicesCommandOptions, io: CommandIo): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'devices'});
	const devices = await client.player.devices();
	if (options.json === true) {
		io.stdout(jsonText({devices: devices.map(deviceJson)}));
		return;
	}

	io.stdout(
		devices.length === 0
			? 'No Spotify devices are available: open Spotify on a phone, computer or speaker signed in to your account.\n'
			: devicesTable(devices, io.columns),
	);
}
