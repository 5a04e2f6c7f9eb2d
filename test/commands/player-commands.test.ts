import {describe, expect, test} from 'vitest';
import {runDevicesCommand} from '../../source/commands/devices.js';
import {runNowCommand} from '../../source/commands/now.js';
import {runPlayCommand} from '../../source/commands/play.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {runVolumeCommand} from '../../source/commands/volume.js';
import {kitchenSpeakerId, pocketPhoneId, studioDesktopId} from '../../source/sandbox/player/devices.js';
import {PlaybackNeedsLoginError} from '../../source/spotify/spotify-errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});

/** The output since the last call, so one test can look at each command's own. */
function takeOutput(): string {
	const text = session().stdout();
	const seen = taken;
	taken = text.length;
	return text.slice(seen);
}

let taken = 0;

function albumWithTracks(count: number) {
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= count);
	if (album === undefined) {
		throw new Error('no such album');
	}

	return album;
}

function trackName(id: string | undefined): string {
	return sandbox().catalog.tracks.find((track) => track.id === id)?.name ?? '';
}

describe('devices', () => {
	test('a table of devices with the active one marked', async () => {
		await runDevicesCommand(options(), session().io);
		expect(session().stdout()).toBe(
			[
				'NAME             TYPE        VOLUME  STATE   ID',
				`Studio Desktop   Computer       62%  active  ${studioDesktopId}`,
				`Pocket Phone     Smartphone    100%          ${pocketPhoneId}`,
				`Kitchen Speaker  Speaker          -          ${kitchenSpeakerId}`,
				'',
			].join('\n'),
		);
	});

	test('--json lists them in the documented shape', async () => {
		await runDevicesCommand({...options(), json: true}, session().io);
		expect(JSON.parse(session().stdout())).toEqual({
			devices: [
				{
					id: studioDesktopId,
					name: 'Studio Desktop',
					type: 'Computer',
					active: true,
					restricted: false,
					volumePercent: 62,
				},
				{
					id: pocketPhoneId,
					name: 'Pocket Phone',
					type: 'Smartphone',
					active: false,
					restricted: false,
					volumePercent: 100,
				},
				{
					id: kitchenSpeakerId,
					name: 'Kitchen Speaker',
					type: 'Speaker',
					active: false,
					restricted: false,
					volumePercent: null,
				},
			],
		});
	});
});

describe('play and the transport commands', () => {
	test('play an album from its third track, skip, go back, pause and resume, each printing what plays', async () => {
		taken = 0;
		const album = albumWithTracks(4);
		await runPlayCommand(`spotify:album:${album.id}`, {...options(), offset: '3'}, session().io);
		expect(takeOutput()).toMatch(
			new RegExp(
				`^▶ ${trackName(album.trackIds[2])} · .+ · ${album.name}\n {2}0:0\\d / \\d+:\\d{2} on Studio Desktop · volume 62% · shuffle off · repeat off\n$`,
			),
		);

		await runTransportCommand('next', options(), session().io);
		expect(takeOutput()).toMatch(new RegExp(`^▶ ${trackName(album.trackIds[3])} · `));
		await runTransportCommand('previous', options(), session().io);
		expect(takeOutput()).toMatch(new RegExp(`^▶ ${trackName(album.trackIds[2])} · `));
		await runTransportCommand('pause', options(), session().io);
		expect(takeOutput()).toMatch(/^⏸ /);
		await runTransportCommand('pause', options(), session().io);
		expect(takeOutput()).toMatch(/^⏸ /);
		await runTransportCommand('resume', options(), session().io);
		expect(takeOutput()).toMatch(/^▶ /);
	});

	test('--json prints the player state in the documented shape', async () => {
		const album = albumWithTracks(2);
		const secondTrack = `spotify:track:${album.trackIds[1]}`;
		await runPlayCommand(
			`spotify:album:${album.id}`,
			{...options(), offset: secondTrack, json: true},
			session().io,
		);
		expect(JSON.parse(session().stdout())).toEqual({
			known: true,
			device: {
				id: studioDesktopId,
				name: 'Studio Desktop',
				type: 'Computer',
				active: true,
				restricted: false,
				volumePercent: 62,
			},
			isPlaying: true,
			itemKind: 'track',
			item: {
				type: 'track',
				local: false,
				id: album.trackIds[1],
				uri: secondTrack,
				name: trackName(album.trackIds[1]),
				artists: expect.any(Array),
				album: {id: album.id, uri: `spotify:album:${album.id}`, name: album.name},
				discNumber: expect.any(Number),
				trackNumber: expect.any(Number),
				durationMs: expect.any(Number),
				explicit: expect.any(Boolean),
			},
			progressMs: expect.any(Number),
			shuffle: false,
			repeat: 'off',
			context: {type: 'album', uri: `spotify:album:${album.id}`},
		});
	});

	test.each(['next', 'previous', 'pause', 'resume'] as const)(
		'%s --json prints the state after it',
		async (action) => {
			const album = albumWithTracks(3);
			await runPlayCommand(`spotify:album:${album.id}`, {...options(), offset: '2'}, session().io);
			if (action === 'resume') {
				await runTransportCommand('pause', options(), session().io);
			}

			taken = session().stdout().length;
			await runTransportCommand(action, {...options(), json: true}, session().io);
			const state = JSON.parse(takeOutput()) as {isPlaying: boolean; item: {id: string}};
			expect(state.isPlaying).toBe(action !== 'pause');
			expect(state.item.id).toBe(album.trackIds[action === 'next' ? 2 : action === 'previous' ? 0 : 1]);
		},
	);

	test('words play the best matching track, said on stderr', async () => {
		const track = sandbox().catalog.tracks[5];
		await runPlayCommand(track?.name ?? '', options(), session().io);
		expect(session().stderr()).toMatch(
			/^musicterminal: taking the best match, .+ \(spotify:track:\w{22}\)\.\n$/,
		);
		expect(session().stdout()).toMatch(/^▶ /);
	});

	test('--device plays on the named device', async () => {
		const track = sandbox().catalog.tracks[0];
		await runPlayCommand(`spotify:track:${track?.id}`, {...options(), device: 'pocket'}, session().io);
		expect(session().stdout()).toContain('on Pocket Phone');
		expect(sandbox().player.snapshot()?.device.id).toBe(pocketPhoneId);
	});

	test('an --offset on a single track is a usage error', async () => {
		const track = sandbox().catalog.tracks[0];
		await expect(
			runPlayCommand(`spotify:track:${track?.id}`, {...options(), offset: '2'}, session().io),
		).rejects.toMatchObject({
			name: 'UsageError',
			message: `--offset picks a track inside an album or playlist, and spotify:track:${track?.id} is a single track.`,
		});
	});
});

describe('volume and now', () => {
	test('a volume answered by a sign-in page (a captive portal) is not reported as set', async () => {
		taken = 0;
		sandbox().faults.inject({path: '/v1/me/player/volume', method: 'PUT', fault: {kind: 'not-json'}});
		const error = await runVolumeCommand('30', options(), session().io).then(
			() => undefined,
			(failure: unknown) => failure,
		);
		expect(String(error)).toContain('PUT /me/player/volume was answered with an HTML page, not by Spotify');
		expect(takeOutput()).toBe('');
		expect(sandbox().player.devices()[0]?.volumePercent).toBe(62);
	});

	test('volume sets a level, or changes it by steps within 0 to 100', async () => {
		taken = 0;
		await runVolumeCommand('30', options(), session().io);
		expect(takeOutput()).toBe('Volume 30% on Studio Desktop.\n');
		await runVolumeCommand('+5', options(), session().io);
		expect(takeOutput()).toBe('Volume 35% on Studio Desktop.\n');
		await runVolumeCommand('-50', {...options(), json: true}, session().io);
		expect(JSON.parse(takeOutput())).toMatchObject({name: 'Studio Desktop', volumePercent: 0});
		await runVolumeCommand('80', {...options(), device: 'phone'}, session().io);
		expect(takeOutput()).toBe('Volume 80% on Pocket Phone.\n');
		expect(
			sandbox()
				.player.devices()
				.map((device) => device.volumePercent),
		).toEqual([0, 80, null]);
	});

	test('a level above 100 is a usage error', async () => {
		await expect(runVolumeCommand('140', options(), session().io)).rejects.toMatchObject({
			name: 'UsageError',
		});
	});

	test('now with nothing playing says so, and --json keeps every field', async () => {
		await runNowCommand(options(), session().io);
		expect(session().stdout()).toBe('Nothing is playing.\n');
		taken = session().stdout().length;
		await runNowCommand({...options(), json: true}, session().io);
		expect(JSON.parse(takeOutput())).toEqual({
			known: true,
			device: null,
			isPlaying: false,
			itemKind: null,
			item: null,
			progressMs: null,
			shuffle: false,
			repeat: 'off',
			context: null,
		});
	});
});

describe('with CLIENT_CREDENTIALS', () => {
	const appSession = withCommandSession(sandbox, {authMethod: 'CLIENT_CREDENTIALS'});

	test.each([
		['play', () => runPlayCommand(undefined, {config: appSession().configPath}, appSession().io)],
		['devices', () => runDevicesCommand({config: appSession().configPath}, appSession().io)],
		['now', () => runNowCommand({config: appSession().configPath}, appSession().io)],
	])('%s says playback needs a login', async (_name, run) => {
		await expect(run()).rejects.toBeInstanceOf(PlaybackNeedsLoginError);
	});
});
