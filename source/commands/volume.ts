import {setTimeout as delay} from 'node:timers/promises';
import {UsageError, UserFacingError} from '../errors.js';
import {excerpt, jsonText, quoted, terminalSafe} from '../format/terminal-text.js';
import type {Device} from '../spotify/schemas.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {deviceJson} from './output/json-shapes.js';

export type VolumeCommandOptions = GlobalOptions & {
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** `musicterminal volume <0-100|+N|-N>`: set the volume, or change it by N points; prints the device. */
export async function runVolumeCommand(
	level: string,
	options: VolumeCommandOptions,
	io: CommandIo,
): Promise<void> {
	const change = parseLevel(level);
	const {client} = await openSpotify(options, io, {needs: 'volume'});
	const device = await deviceToChange(client, options.device);
	const target = change.relative ? stepFrom(device, change.value) : change.value;
	await client.player.setVolume(target, {deviceId: device.id ?? undefined});
	const after = await settledDevice(client, device, target, io);
	io.stdout(
		options.json === true
			? jsonText(deviceJson(after))
			: `Volume ${after.volume_percent ?? target}% on ${excerpt(after.name)}.\n`,
	);
}

/** The device `--device` names, else the active one, else the one playback commands would wake. */
async function deviceToChange(client: SpotifyClient, wanted: string | undefined): Promise<Device> {
	if (wanted !== undefined) {
		return client.player.findDevice(wanted);
	}

	const devices = await client.player.devices();
	return devices.find((device) => device.is_active) ?? client.player.deviceToWake({devices});
}

function stepFrom(device: Device, step: number): number {
	if (device.volume_percent === null) {
		throw new UserFacingError(
			`${excerpt(device.name)} does not report its volume: give a level from 0 to 100.`,
		);
	}

	return Math.min(100, Math.max(0, device.volume_percent + step));
}

/**
 * The device once Spotify shows the new volume (it applies commands a moment later), or as it is
 * after a few reads. Spotify has accepted the change by now: a read that fails does not undo it.
 */
async function settledDevice(
	client: SpotifyClient,
	device: Device,
	target: number,
	io: CommandIo,
): Promise<Device> {
	let current = device;
	for (let read = 0; read < 5; read += 1) {
		if (read > 0) {
			await delay(250);
		}

		try {
			current = (await client.player.devices()).find((candidate) => candidate.id === device.id) ?? current;
		} catch (error) {
			if (!(error instanceof UserFacingError)) {
				throw error;
			}

			io.stderr(
				`musicterminal: warning: Spotify accepted the volume, but the devices could not be read afterwards: ${terminalSafe(error.message)}\n`,
			);
			return {...current, volume_percent: target};
		}

		if (current.volume_percent === target) {
			break;
		}
	}

	return current;
}

function parseLevel(text: string): {relative: boolean; value: number} {
	const match = /^([+-]?)(\d{1,3})%?$/.exec(text.trim());
	const value = Number(match?.[2]);
	if (match === null || (match[1] === '' && value > 100)) {
		throw new UsageError(
			`the volume is a level from 0 to 100, or a change such as +10 or -10; ${quoted(text)} is neither.`,
		);
	}

	return {relative: match[1] !== '', value: match[1] === '-' ? -value : value};
}
