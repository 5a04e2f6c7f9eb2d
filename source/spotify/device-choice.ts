import {UserFacingError} from '../errors.js';
import {excerpt, quoted} from '../format/terminal-text.js';
import type {Device} from './schemas.js';

/** A device a command can be sent to: it has an id and accepts remote control. */
export type ControllableDevice = Device & {readonly id: string};

export function controllableDevices(devices: readonly Device[]): ControllableDevice[] {
	return devices.filter(
		(device): device is ControllableDevice => device.id !== null && !device.is_restricted,
	);
}

export type DeviceMatch =
	| {readonly kind: 'found'; readonly device: ControllableDevice}
	| {readonly kind: 'several'; readonly devices: readonly ControllableDevice[]}
	| {readonly kind: 'restricted'; readonly device: Device}
	| {readonly kind: 'none'; readonly available: readonly ControllableDevice[]};

/**
 * The device `wanted` names: its exact id, else its name (any case), else the one device whose
 * name starts with it, else the one whose name contains it. `--device` and the config's `device`
 * both go by these rules.
 */
export function matchDevice(devices: readonly Device[], wanted: string): DeviceMatch {
	const candidates = controllableDevices(devices);
	const needle = wanted.trim().toLowerCase();
	const byId = candidates.find((device) => device.id === wanted.trim());
	if (byId !== undefined) {
		return {kind: 'found', device: byId};
	}

	for (const matches of [
		(name: string) => name === needle,
		(name: string) => name.startsWith(needle),
		(name: string) => name.includes(needle),
	]) {
		const found = candidates.filter((device) => matches(device.name.toLowerCase()));
		if (found.length === 1 && found[0] !== undefined) {
			return {kind: 'found', device: found[0]};
		}

		if (found.length > 1) {
			return {kind: 'several', devices: found};
		}
	}

	const restricted = devices.find((device) => device.name.toLowerCase() === needle && device.is_restricted);
	return restricted === undefined
		? {kind: 'none', available: candidates}
		: {kind: 'restricted', device: restricted};
}

/** The device `--device` names; none, or several, is an error that lists the choices. */
export function findDevice(devices: readonly Device[], wanted: string): ControllableDevice {
	const match = matchDevice(devices, wanted);
	if (match.kind === 'found') {
		return match.device;
	}

	throw new UserFacingError(noDeviceSentence(match, wanted));
}

/**
 * Why `wanted` names no device, and what to do. With `configName`, `wanted` is the config's
 * `device`, and the sentence says to change it there.
 */
export function noDeviceSentence(
	match: Exclude<DeviceMatch, {kind: 'found'}>,
	wanted: string,
	configName?: string,
): string {
	const named = configName === undefined ? quoted(wanted) : `${quoted(wanted)} (device in ${configName})`;
	switch (match.kind) {
		case 'several': {
			return configName === undefined
				? `${named} matches several devices (${listDevices(match.devices)}): give more of the name, or the id from \`musicterminal devices\`.`
				: `${named} matches several devices (${listDevices(match.devices)}): write more of the name there, or the id from \`musicterminal devices\`.`;
		}

		case 'restricted': {
			const device = quoted(match.device.name);
			return `the device ${configName === undefined ? device : `${device} (device in ${configName})`} does not accept remote control: choose another${configName === undefined ? '' : ` with --device, or change device in ${configName}`} (\`musicterminal devices\` lists them).`;
		}

		case 'none': {
			if (configName !== undefined) {
				return match.available.length === 0
					? `the device ${named} is not among your Spotify devices, and none is available: open Spotify on it, or on a phone, computer or speaker signed in to your account.`
					: `the device ${named} is not among your Spotify devices (available are ${listDevices(match.available)}): open Spotify on it, choose one with --device, or change device in ${configName}.`;
			}

			return match.available.length === 0
				? `no device called ${named}: no Spotify device is available at all; open Spotify on a phone, computer or speaker signed in to your account.`
				: `no device called ${named}: available are ${listDevices(match.available)}.`;
		}
	}
}

export function listDevices(devices: readonly Device[]): string {
	return devices.map((device) => excerpt(device.name)).join(', ');
}
