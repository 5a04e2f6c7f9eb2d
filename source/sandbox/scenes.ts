import type {Catalog} from './catalog/catalog.js';
import type {Player} from './player/player.js';
import type {Device} from './player/types.js';

/**
 * Player states the real Spotify gets into and the sandbox's own playback never would, switched
 * on at once (`musicterminal sandbox --scene`, the control endpoint, or `applyScene` in tests).
 */
export const sceneNames = [
	'track',
	'episode',
	'local-file',
	'ad',
	'private-session',
	'no-item',
	'device-gone',
	'devices-back',
	'restricted-device',
] as const;

export type SceneName = (typeof sceneNames)[number];

export function isSceneName(name: string): name is SceneName {
	return (sceneNames as readonly string[]).includes(name);
}

/** A device Spotify lists without an id: it cannot be commanded (some cars, hotel TVs, cast groups). */
export const restrictedCar: Device = {
	id: null,
	name: 'Car',
	type: 'Automobile',
	supportsVolume: false,
	isRestricted: true,
	isActive: false,
	volumePercent: null,
};

export const localFile = {
	kind: 'local-file',
	name: 'Demo 3 (kitchen table)',
	artist: 'Home Recordings',
	album: 'Tapes',
	durationMs: 201_000,
} as const;

/** Puts the player into `scene`; what a scene needs (a device, something to play) it brings along. */
export function applyScene(scene: SceneName, {player, catalog}: {player: Player; catalog: Catalog}): void {
	switch (scene) {
		case 'track': {
			player.endInterruption();
			if (player.snapshot() === undefined) {
				const album = catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
				player.play({contextUri: `spotify:album:${album?.id ?? ''}`, deviceId: someDeviceId(player)});
			}

			return;
		}

		case 'episode': {
			player.play({contextUri: `spotify:show:${catalog.highlights.showId}`, deviceId: someDeviceId(player)});
			return;
		}

		case 'local-file': {
			player.interrupt(localFile);
			return;
		}

		case 'ad':
		case 'private-session':
		case 'no-item': {
			player.interrupt({kind: scene});
			return;
		}

		case 'device-gone': {
			if (!player.removeDevice()) {
				player.removeDevice(player.devices()[0]?.name);
			}

			return;
		}

		case 'devices-back': {
			player.restoreDevices();
			return;
		}

		case 'restricted-device': {
			if (!player.devices().some((device) => device.name === restrictedCar.name)) {
				player.addDevice(restrictedCar);
			}
		}
	}
}

/** The active device, else the first one that takes commands. */
function someDeviceId(player: Player): string | undefined {
	const devices = player.devices();
	const device =
		devices.find((candidate) => candidate.isActive && !candidate.isRestricted) ??
		devices.find((candidate) => !candidate.isRestricted && candidate.id !== null);
	return device?.id ?? undefined;
}
