import {appendFile} from 'node:fs/promises';
import {describe, expect, test} from 'vitest';
import {runPlayCommand} from '../../source/commands/play.js';
import {runVolumeCommand} from '../../source/commands/volume.js';
import {defaultDevices, kitchenSpeakerId, pocketPhoneId} from '../../source/sandbox/player/devices.js';
import {SpotifyApiError} from '../../source/spotify/spotify-errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {failure} from '../helpers/failure.js';
import {withSandbox} from '../helpers/sandbox-session.js';

describe("the config's device, with no device active", () => {
	const sandbox = withSandbox({noActiveDevice: true});
	const session = withCommandSession(sandbox);
	const options = () => ({config: session().configPath});
	const someAlbum = () => `spotify:album:${sandbox().catalog.albums[0]?.id ?? ''}`;

	test('is found as --device finds one: by the start of its name, in any case', async () => {
		await appendFile(session().configPath, 'device: kitch\n');
		await runPlayCommand(someAlbum(), options(), session().io);
		expect(sandbox().player.snapshot()?.device.id).toBe(kitchenSpeakerId);
	});

	test('that is not there is said: which name, where it is set, which devices there are', async () => {
		await appendFile(session().configPath, 'device: Bedroom\n');
		const error = await failure(runPlayCommand(someAlbum(), options(), session().io));
		expect(error).toBeInstanceOf(SpotifyApiError);
		expect(error.message).toBe(
			`the device "Bedroom" (device in ${session().configPath}) is not among your Spotify devices (available are Studio Desktop, Pocket Phone, Kitchen Speaker): open Spotify on it, choose one with --device, or change device in ${session().configPath}.`,
		);
		expect(sandbox().player.snapshot()).toBeUndefined();
	});

	test('that matches several says to write more of it', async () => {
		await appendFile(session().configPath, 'device: e\n');
		const error = await failure(runPlayCommand(someAlbum(), options(), session().io));
		expect(error.message).toMatch(
			/^"e" \(device in .*\) matches several devices \(.*\): write more of the name there/,
		);
	});

	test('volume goes to it too', async () => {
		await appendFile(session().configPath, 'device: pocket\n');
		await runVolumeCommand('40', options(), session().io);
		expect(session().stdout()).toBe('Volume 40% on Pocket Phone.\n');
		expect(
			sandbox()
				.player.devices()
				.find((device) => device.id === pocketPhoneId)?.volumePercent,
		).toBe(40);
	});
});

describe('volume with one device, not active', () => {
	const [, phone] = defaultDevices({noneActive: true});
	const sandbox = withSandbox({devices: phone === undefined ? [] : [phone]});
	const session = withCommandSession(sandbox);

	test('sets the volume of that device, as playback commands use it', async () => {
		await runVolumeCommand('40', {config: session().configPath}, session().io);
		expect(session().stdout()).toBe('Volume 40% on Pocket Phone.\n');
		expect(sandbox().player.devices()[0]?.volumePercent).toBe(40);
	});
});
