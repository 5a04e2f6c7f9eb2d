import {UserFacingError} from '../errors.js';
import type {Device} from './schemas.js';

/** A device a command can be sent to: it has an id and accepts remote control. */
export type ControllableDevice = Device & {readonly id: string};

export function controllableDevices(devices: readonly Device[]): ControllableDevice[] {
	return devices.filter(
		(device): device is ControllableDevice => device.id !== null && !device.is_restricted,
	);
}

/**
 * The device `wanted` names: its exact id, else its name (any case), else the one device whose
 * name starts with or contains it. No match, or several, is an error that lists the choices.
 */
export function findDevice(devices: readonly Device[], wanted: string): ControllableDevice {
	const candidates = controllableDevices(devices);
	const needle = wanted.trim().toLowerCase();
	const byId = candidates.find((device) => device.id === wanted.trim());
	if (byId !== undefined) {
		return byId;
	}

	for (const matches of [
		(name: string) => name === needle,
		(name: string) => name.startsWith(needle),
		(name: string) => name.includes(needle),
	]) {
		const found = candidates.filter((device) => matches(device.name.toLowerCase()));
		if (found.length === 1 && found[0] !== undefined) {
			return found[0];
		}

		if (found.length > 1) {
			throw new UserFacingError(
				`"${wanted}" matches several devices (${listDevices(found)}): give more of the name, or the id from \`musicterminal devices\`.`,
			);
		}
	}

	const restricted = devices.find((device) => device.name.toLowerCase() === needle && device.is_restricted);
	if (restricted !== undefined) {
		throw new UserFacingError(`the device "${restricted.name}" does not accept remote control.`);
	}

	throw new UserFacingError(
		candidates.length === 0
			? `no device called "${wanted}": no Spotify device is available at all; open Spotify on a phone, computer or speaker signed in to your account.`
			: `no device called "${wanted}": available are ${listDevices(candidates)}.`,
	);
}

export function listDevices(devices: readonly Device[]): string {
	return devices.map((device) => device.name).join(', ');
}
