import {describe, expect, test} from 'vitest';
import {SandboxClock} from '../../source/sandbox/clock.js';
import {
	defaultDevices,
	kitchenSpeakerId,
	pocketPhoneId,
	studioDesktopId,
} from '../../source/sandbox/player/devices.js';
import {Player, type PlayerCatalog} from '../../source/sandbox/player/player.js';
import {PlayerError} from '../../source/sandbox/player/player-error.js';
import type {Device} from '../../source/sandbox/player/types.js';

const second = 1000;
const minute = 60 * second;
const base62Id = (name: string) => name.padEnd(22, 'x');
const trackUri = (trackId: string) => `spotify:track:${trackId}`;

type TestAlbum = {readonly uri: string; readonly trackIds: string[]; readonly durationsMs: number[]};

function album(name: string, durationsInSeconds: number[]): TestAlbum {
	return {
		uri: `spotify:album:${base62Id(name)}`,
		trackIds: durationsInSeconds.map((_, index) => base62Id(`${name}Track${index}`)),
		durationsMs: durationsInSeconds.map((seconds) => seconds * second),
	};
}

const short = album('short', [60, 90, 120]);
const long = album('long', [100, 110, 120, 130, 140]);
const longLapMs = 600 * second;
const artistUri = `spotify:artist:${base62Id('bothAlbums')}`;
const unknownTrackUri = trackUri(base62Id('nowhere'));
const unknownAlbumUri = `spotify:album:${base62Id('nowhere')}`;

const shortTrack = (index: number) => short.trackIds[index] ?? '';
const longTrack = (index: number) => long.trackIds[index] ?? '';

const durations = new Map(
	[short, long].flatMap(({trackIds, durationsMs}) =>
		trackIds.map((trackId, index) => [trackId, durationsMs[index] ?? 0] as const),
	),
);

const catalog: PlayerCatalog = {
	trackDurationMs: (trackId) => durations.get(trackId),
	context(uri) {
		if (uri === artistUri) {
			return {context: {type: 'artist', uri}, trackIds: [...short.trackIds, ...long.trackIds]};
		}

		const found = [short, long].find((candidate) => candidate.uri === uri);
		return found === undefined ? undefined : {context: {type: 'album', uri}, trackIds: found.trackIds};
	},
};

const startTime = Date.UTC(2026, 10, 22, 12);

function setUp(devices?: Device[]) {
	// Stands still between advances, so progress and timestamps can be compared exactly.
	const clock = new SandboxClock(() => startTime);
	const player = new Player({now: () => clock.now(), catalog, devices});
	const state = () => player.snapshot();
	const playingTrack = () => player.snapshot()?.trackId;
	return {clock, player, state, playingTrack};
}

function refusal(action: () => void): {status: number; reason: string | undefined; message: string} {
	try {
		action();
	} catch (error) {
		if (error instanceof PlayerError) {
			return {status: error.status, reason: error.reason, message: error.message};
		}

		throw error;
	}

	throw new Error('the player did not refuse');
}

const restrictionViolated = {
	status: 403,
	reason: 'UNKNOWN',
	message: 'Player command failed: Restriction violated',
};
const noActiveDevice = {
	status: 404,
	reason: 'NO_ACTIVE_DEVICE',
	message: 'Player command failed: No active device found',
};
const deviceNotFound = {status: 404, reason: undefined, message: 'Device not found'};

describe('before anything plays', () => {
	test('there is no playback state and an empty queue', () => {
		const {player, state} = setUp();
		expect(state()).toBeUndefined();
		expect(player.queue()).toEqual({currentlyPlaying: null, upNext: []});
	});

	test('the user has an active computer, an idle phone and a speaker without volume control', () => {
		const {player} = setUp();
		expect(player.devices()).toEqual([
			expect.objectContaining({
				id: studioDesktopId,
				name: 'Studio Desktop',
				isActive: true,
				volumePercent: 62,
			}),
			expect.objectContaining({id: pocketPhoneId, type: 'Smartphone', isActive: false, volumePercent: 100}),
			expect.objectContaining({id: kitchenSpeakerId, supportsVolume: false, volumePercent: null}),
		]);
		for (const device of player.devices()) {
			expect(device.id).toMatch(/^[0-9a-f]{40}$/);
		}
	});

	test('resuming, skipping, seeking or queueing has nothing to act on', () => {
		const {player, state} = setUp();
		const nothingLoaded = {status: 403, reason: 'NOT_PLAYING_TRACK'};
		expect(refusal(() => player.play({}))).toMatchObject(nothingLoaded);
		expect(refusal(() => player.next())).toMatchObject(nothingLoaded);
		expect(refusal(() => player.previous())).toMatchObject(nothingLoaded);
		expect(refusal(() => player.seek(1000))).toMatchObject(nothingLoaded);
		expect(refusal(() => player.addToQueue(trackUri(shortTrack(0))))).toMatchObject(nothingLoaded);
		expect(refusal(() => player.pause())).toEqual(restrictionViolated);
		expect(state()).toBeUndefined();
	});

	test('the devices the player hands out are copies', () => {
		const {player} = setUp();
		const [desktop] = player.devices();
		if (desktop !== undefined) {
			desktop.volumePercent = 5;
		}

		expect(player.devices()[0]?.volumePercent).toBe(62);
	});
});

describe('playing a context', () => {
	test('starts at an offset position and position_ms, on the active device, and plays', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri, offset: {position: 3}, positionMs: 5 * second});
		expect(state()).toMatchObject({
			device: {id: studioDesktopId, isActive: true},
			trackId: longTrack(3),
			context: {type: 'album', uri: long.uri},
			isPlaying: true,
			progressMs: 5 * second,
			timestamp: startTime,
		});
	});

	test('starts at an offset uri', () => {
		const {player, playingTrack} = setUp();
		player.play({contextUri: short.uri, offset: {uri: trackUri(shortTrack(1))}});
		expect(playingTrack()).toBe(shortTrack(1));
	});

	test('starts at the first track without an offset, and plays an artist from its first track', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri});
		expect(state()).toMatchObject({trackId: longTrack(0), progressMs: 0});
		player.play({contextUri: artistUri});
		expect(state()).toMatchObject({trackId: shortTrack(0), context: {type: 'artist', uri: artistUri}});
	});

	test('a position_ms past the end of the track starts the next one', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri, positionMs: 75 * second});
		expect(state()).toMatchObject({trackId: shortTrack(1), progressMs: 0, isPlaying: true});
	});

	test('refuses unknown contexts, bad offsets and offsets into an artist, and keeps playing what played', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		expect(refusal(() => player.play({contextUri: unknownAlbumUri}))).toMatchObject({
			status: 404,
			message: 'Not found',
		});
		expect(refusal(() => player.play({contextUri: 'spotify:album:nope'})).status).toBe(400);
		expect(refusal(() => player.play({contextUri: short.uri, offset: {position: 3}}))).toMatchObject({
			status: 400,
			message: 'Invalid offset',
		});
		expect(refusal(() => player.play({contextUri: short.uri, offset: {position: -1}})).status).toBe(400);
		const elsewhere = {uri: trackUri(longTrack(0))};
		expect(refusal(() => player.play({contextUri: short.uri, offset: elsewhere})).status).toBe(400);
		expect(refusal(() => player.play({contextUri: artistUri, offset: {position: 1}})).status).toBe(400);
		expect(state()).toMatchObject({trackId: shortTrack(2), context: {uri: short.uri}, isPlaying: true});
	});
});

describe('playing a list of tracks', () => {
	test('plays them in order without a context, and an offset picks the first', () => {
		const {player, state, playingTrack} = setUp();
		const uris = [trackUri(shortTrack(2)), trackUri(longTrack(0)), trackUri(longTrack(4))];
		player.play({uris, offset: {uri: trackUri(longTrack(0))}});
		expect(state()).toMatchObject({trackId: longTrack(0), context: null, isPlaying: true});
		player.next();
		expect(playingTrack()).toBe(longTrack(4));
		expect(refusal(() => player.next()).reason).toBe('NO_NEXT_TRACK');

		player.play({uris, offset: {position: 0}});
		expect(playingTrack()).toBe(shortTrack(2));
	});

	test('refuses malformed, unknown and missing track uris', () => {
		const {player, state} = setUp();
		expect(refusal(() => player.play({uris: [short.uri]})).status).toBe(400);
		expect(refusal(() => player.play({uris: [unknownTrackUri]})).status).toBe(404);
		expect(refusal(() => player.play({uris: []})).status).toBe(400);
		expect(refusal(() => player.play({contextUri: short.uri, uris: [trackUri(shortTrack(0))]})).status).toBe(
			400,
		);
		expect(state()).toBeUndefined();
	});
});

describe('time passing', () => {
	test('progress follows the clock; the timestamp stays at the last change', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: short.uri});
		clock.advance(30 * second);
		expect(state()).toMatchObject({trackId: shortTrack(0), progressMs: 30 * second, timestamp: startTime});
		clock.advance(12 * second);
		expect(state()?.progressMs).toBe(42 * second);
	});

	test('crosses several track ends at once; the timestamp is when the current track started', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri, positionMs: 90 * second});
		// 10 s of the first, all of the second (110) and third (120), then 7 s into the fourth.
		clock.advance((10 + 110 + 120 + 7) * second);
		expect(state()).toMatchObject({
			trackId: longTrack(3),
			progressMs: 7 * second,
			isPlaying: true,
			timestamp: startTime + 240 * second,
		});
	});

	test('with repeat off, the end of the context leaves its first track paused at the start', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 1}});
		clock.advance(90 * second + 120 * second + 5 * second);
		expect(state()).toMatchObject({
			trackId: shortTrack(0),
			isPlaying: false,
			progressMs: 0,
			timestamp: startTime + 210 * second,
		});
		clock.advance(10 * minute);
		expect(state()).toMatchObject({trackId: shortTrack(0), isPlaying: false, progressMs: 0});
	});

	test('with repeat context, playback wraps to the first track and keeps going', () => {
		const {clock, player, state} = setUp();
		player.setRepeat('context');
		player.play({contextUri: short.uri, offset: {position: 2}});
		clock.advance(120 * second + 65 * second);
		expect(state()).toMatchObject({trackId: shortTrack(1), progressMs: 5 * second, isPlaying: true});
	});

	test('with repeat context, a clock jump of centuries lands on the right track without walking every lap', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri});
		player.setRepeat('context');
		const laps = 100_000_000; // Nearly two thousand years of this 10-minute album.
		clock.advance(laps * longLapMs + 100 * second + 110 * second + 3 * second);
		const started = performance.now();
		expect(state()).toMatchObject({trackId: longTrack(2), progressMs: 3 * second, isPlaying: true});
		expect(performance.now() - started).toBeLessThan(1000);
	});

	test('with repeat track, the same track plays again and again', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 1}});
		player.setRepeat('track');
		clock.advance(1000 * 90 * second + 4 * second);
		expect(state()).toMatchObject({
			trackId: shortTrack(1),
			progressMs: 4 * second,
			isPlaying: true,
			timestamp: startTime + 1000 * 90 * second,
		});
	});

	test('turning repeat off mid-track lets the context run out', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		player.setRepeat('context');
		player.setRepeat('off');
		clock.advance(121 * second);
		expect(state()).toMatchObject({trackId: shortTrack(0), isPlaying: false});
	});
});

describe('next and previous', () => {
	test('next moves along the context and refuses at its end with repeat off', () => {
		const {player, state, playingTrack} = setUp();
		player.play({contextUri: short.uri});
		player.next();
		expect(state()).toMatchObject({trackId: shortTrack(1), progressMs: 0, isPlaying: true});
		player.next();
		expect(playingTrack()).toBe(shortTrack(2));
		expect(refusal(() => player.next())).toMatchObject({status: 403, reason: 'NO_NEXT_TRACK'});
		expect(playingTrack()).toBe(shortTrack(2));
	});

	test('next wraps with repeat context, and moves on even with repeat track', () => {
		const {player, playingTrack} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		player.setRepeat('context');
		player.next();
		expect(playingTrack()).toBe(shortTrack(0));
		player.setRepeat('track');
		player.next();
		expect(playingTrack()).toBe(shortTrack(1));
	});

	test('next while paused moves to the next track and stays paused', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri});
		player.pause();
		player.next();
		expect(state()).toMatchObject({trackId: shortTrack(1), isPlaying: false, progressMs: 0});
	});

	test('previous after three seconds restarts the track, within them goes back a track', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		clock.advance(10 * second);
		player.previous();
		expect(state()).toMatchObject({
			trackId: shortTrack(2),
			progressMs: 0,
			timestamp: startTime + 10 * second,
		});
		clock.advance(3 * second);
		player.previous();
		expect(state()).toMatchObject({trackId: shortTrack(1), progressMs: 0});
	});

	test('previous on the first track restarts it, or wraps to the last with repeat context', () => {
		const {clock, player, state, playingTrack} = setUp();
		player.play({contextUri: short.uri});
		clock.advance(2 * second);
		player.previous();
		expect(state()).toMatchObject({trackId: shortTrack(0), progressMs: 0});
		player.setRepeat('context');
		player.previous();
		expect(playingTrack()).toBe(shortTrack(2));
	});
});

describe('shuffle', () => {
	function playOrder(player: Player, count: number): (string | undefined)[] {
		const played = [player.snapshot()?.trackId];
		for (let step = 1; step < count; step++) {
			player.next();
			played.push(player.snapshot()?.trackId);
		}

		return played;
	}

	test('keeps the current track and then plays every other track of the context once', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri, offset: {position: 1}});
		player.setShuffle(true);
		expect(state()).toMatchObject({trackId: longTrack(1), shuffle: true, isPlaying: true});
		const played = playOrder(player, 5);
		expect(new Set(played)).toEqual(new Set(long.trackIds));
		expect(refusal(() => player.next()).reason).toBe('NO_NEXT_TRACK');
	});

	test('the shuffled order is the same every time for the same context', () => {
		const first = setUp();
		const second = setUp();
		for (const {player} of [first, second]) {
			player.play({contextUri: long.uri});
			player.setShuffle(true);
		}

		const order = playOrder(first.player, 5);
		expect(order).not.toEqual(long.trackIds);
		expect(playOrder(second.player, 5)).toEqual(order);
	});

	test('playing a context while shuffle is on starts at the offset track', () => {
		const {player, state} = setUp();
		player.setShuffle(true);
		player.play({contextUri: long.uri, offset: {position: 4}});
		expect(state()).toMatchObject({trackId: longTrack(4), shuffle: true});
		expect(new Set(playOrder(player, 5))).toEqual(new Set(long.trackIds));
	});

	test('turning shuffle off goes on in album order from the current track', () => {
		const {player, state, playingTrack} = setUp();
		player.play({contextUri: long.uri, offset: {position: 2}});
		player.setShuffle(true);
		player.setShuffle(false);
		expect(state()).toMatchObject({trackId: longTrack(2), shuffle: false});
		expect(player.queue().upNext).toEqual([longTrack(3), longTrack(4)]);
		player.next();
		expect(playingTrack()).toBe(longTrack(3));
	});
});

describe('pause and resume', () => {
	test('pausing freezes progress and resuming continues from there', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri});
		clock.advance(10 * second);
		player.pause();
		clock.advance(50 * second);
		expect(state()).toMatchObject({
			isPlaying: false,
			progressMs: 10 * second,
			timestamp: startTime + 10 * second,
		});
		player.play({});
		clock.advance(5 * second);
		expect(state()).toMatchObject({
			trackId: longTrack(0),
			isPlaying: true,
			progressMs: 15 * second,
			timestamp: startTime + 60 * second,
		});
	});

	test('pausing while paused and resuming while playing violate a restriction', () => {
		const {player} = setUp();
		player.play({contextUri: long.uri});
		expect(refusal(() => player.play({}))).toEqual(restrictionViolated);
		player.pause();
		expect(refusal(() => player.pause())).toEqual(restrictionViolated);
	});

	test('resuming with position_ms starts from there', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri});
		player.pause();
		player.play({positionMs: 40 * second});
		expect(state()).toMatchObject({trackId: longTrack(0), isPlaying: true, progressMs: 40 * second});
	});
});

describe('seek', () => {
	test('moves within the track, playing or paused', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri});
		player.seek(42 * second);
		clock.advance(second);
		expect(state()).toMatchObject({trackId: longTrack(0), progressMs: 43 * second, isPlaying: true});
		player.pause();
		player.seek(7 * second);
		expect(state()).toMatchObject({progressMs: 7 * second, isPlaying: false});
	});

	test('past the end of the track starts the next one', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri});
		player.seek(70 * second);
		expect(state()).toMatchObject({trackId: shortTrack(1), progressMs: 0, isPlaying: true});
	});

	test('past the end of the last track with repeat off ends the context', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		player.seek(10 * minute);
		expect(state()).toMatchObject({trackId: shortTrack(0), isPlaying: false, progressMs: 0});
	});

	test('refuses a negative position', () => {
		const {player} = setUp();
		player.play({contextUri: short.uri});
		expect(refusal(() => player.seek(-1)).status).toBe(400);
	});
});

describe('volume', () => {
	test('applies to the active device, or to the device named without making it active', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri});
		player.setVolume(35);
		expect(state()?.device).toMatchObject({id: studioDesktopId, volumePercent: 35});
		player.setVolume(80, pocketPhoneId);
		expect(player.devices()).toEqual([
			expect.objectContaining({id: studioDesktopId, volumePercent: 35, isActive: true}),
			expect.objectContaining({id: pocketPhoneId, volumePercent: 80, isActive: false}),
			expect.anything(),
		]);
	});

	test('the speaker cannot control its volume', () => {
		const {player} = setUp();
		expect(refusal(() => player.setVolume(20, kitchenSpeakerId))).toEqual({
			status: 403,
			reason: 'VOLUME_CONTROL_DISALLOW',
			message: 'Player command failed: Cannot control device volume',
		});
		player.transfer(kitchenSpeakerId);
		expect(refusal(() => player.setVolume(20)).reason).toBe('VOLUME_CONTROL_DISALLOW');
	});

	test('refuses volumes outside 0 to 100', () => {
		const {player} = setUp();
		expect(refusal(() => player.setVolume(101)).status).toBe(400);
		expect(refusal(() => player.setVolume(-1)).status).toBe(400);
		expect(player.devices()[0]?.volumePercent).toBe(62);
	});
});

describe('transfer', () => {
	test('keeps a paused player paused and a playing one playing, with its progress', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri});
		clock.advance(20 * second);
		player.pause();
		player.transfer(pocketPhoneId);
		expect(state()).toMatchObject({
			device: {id: pocketPhoneId, isActive: true},
			trackId: longTrack(0),
			isPlaying: false,
			progressMs: 20 * second,
		});
		player.play({});
		player.transfer(kitchenSpeakerId, false);
		clock.advance(second);
		expect(state()).toMatchObject({device: {id: kitchenSpeakerId}, isPlaying: true, progressMs: 21 * second});
		expect(player.devices().filter((device) => device.isActive)).toHaveLength(1);
	});

	test('with play true starts playback on the new device', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri});
		player.pause();
		player.transfer(pocketPhoneId, true);
		expect(state()).toMatchObject({device: {id: pocketPhoneId}, isPlaying: true});
	});

	test('with nothing loaded only activates the device', () => {
		const {player, state} = setUp();
		player.transfer(pocketPhoneId, true);
		expect(state()).toBeUndefined();
		expect(player.devices().find((device) => device.isActive)?.id).toBe(pocketPhoneId);
	});

	test('refuses an unknown device and changes nothing', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri});
		expect(refusal(() => player.transfer('0000000000000000000000000000000000000000'))).toEqual(
			deviceNotFound,
		);
		expect(state()?.device.id).toBe(studioDesktopId);
	});
});

describe('the user queue', () => {
	test('queued tracks play before the rest of the context, then the context goes on', () => {
		const {player, playingTrack} = setUp();
		player.play({contextUri: long.uri});
		player.addToQueue(trackUri(shortTrack(2)));
		player.addToQueue(trackUri(shortTrack(0)));
		expect(player.queue()).toEqual({
			currentlyPlaying: longTrack(0),
			upNext: [shortTrack(2), shortTrack(0), longTrack(1), longTrack(2), longTrack(3), longTrack(4)],
		});
		player.next();
		expect(playingTrack()).toBe(shortTrack(2));
		player.next();
		expect(playingTrack()).toBe(shortTrack(0));
		player.next();
		expect(playingTrack()).toBe(longTrack(1));
	});

	test('a queued track also plays first when the current track ends by itself', () => {
		const {clock, player, state} = setUp();
		player.play({contextUri: long.uri});
		player.addToQueue(trackUri(shortTrack(1)));
		clock.advance(100 * second + 90 * second + 6 * second);
		expect(state()).toMatchObject({trackId: longTrack(1), progressMs: 6 * second, isPlaying: true});
	});

	test('a queued track plays even at the end of the context, and previous goes back to the context', () => {
		const {player, playingTrack} = setUp();
		player.play({contextUri: short.uri, offset: {position: 2}});
		player.addToQueue(trackUri(longTrack(4)));
		player.next();
		expect(playingTrack()).toBe(longTrack(4));
		player.previous();
		expect(playingTrack()).toBe(shortTrack(2));
	});

	test('survives playing another context', () => {
		const {player, state} = setUp();
		player.play({contextUri: long.uri});
		player.addToQueue(trackUri(longTrack(3)));
		player.play({contextUri: short.uri});
		expect(state()?.upNext).toEqual([longTrack(3), shortTrack(1), shortTrack(2)]);
	});

	test('with repeat context, the queue goes round to the start of the context', () => {
		const {player} = setUp();
		player.play({contextUri: short.uri, offset: {position: 1}});
		player.setRepeat('context');
		expect(player.queue().upNext).toEqual([shortTrack(2), shortTrack(0), shortTrack(1)]);
	});

	test('refuses unknown tracks and uris that are not tracks', () => {
		const {player} = setUp();
		player.play({contextUri: short.uri});
		expect(refusal(() => player.addToQueue(unknownTrackUri)).status).toBe(404);
		expect(refusal(() => player.addToQueue(long.uri)).status).toBe(400);
		expect(player.queue().upNext).toEqual([shortTrack(1), shortTrack(2)]);
	});
});

describe('devices', () => {
	test('with no active device, commands without a device id fail and nothing is playing', () => {
		const {player, state} = setUp(defaultDevices({noneActive: true}));
		expect(state()).toBeUndefined();
		expect(refusal(() => player.play({contextUri: short.uri}))).toEqual(noActiveDevice);
		expect(refusal(() => player.pause())).toEqual(noActiveDevice);
		expect(refusal(() => player.next())).toEqual(noActiveDevice);
		expect(refusal(() => player.setVolume(10))).toEqual(noActiveDevice);
		expect(refusal(() => player.addToQueue(trackUri(shortTrack(0))))).toEqual(noActiveDevice);
	});

	test('playing on a named device makes it the only active one', () => {
		const {player, state} = setUp(defaultDevices({noneActive: true}));
		player.play({contextUri: short.uri, deviceId: pocketPhoneId});
		expect(state()).toMatchObject({device: {id: pocketPhoneId, isActive: true}, trackId: shortTrack(0)});
		expect(
			player
				.devices()
				.filter((device) => device.isActive)
				.map((device) => device.id),
		).toEqual([pocketPhoneId]);
	});

	test('resuming on another device moves playback there even while playing', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri});
		player.play({deviceId: pocketPhoneId});
		expect(state()).toMatchObject({device: {id: pocketPhoneId}, isPlaying: true});
	});

	test('a command naming a device moves playback to it', () => {
		const {player, state} = setUp();
		player.play({contextUri: short.uri});
		player.pause(pocketPhoneId);
		expect(state()).toMatchObject({device: {id: pocketPhoneId}, isPlaying: false});
	});

	test('an unknown device id is not found', () => {
		const {player, state} = setUp();
		expect(refusal(() => player.play({contextUri: short.uri, deviceId: 'f'.repeat(40)}))).toEqual(
			deviceNotFound,
		);
		expect(state()).toBeUndefined();
	});

	test('a restricted device accepts no commands', () => {
		const restrictedId = 'a'.repeat(40);
		const restricted: Device = {
			id: restrictedId,
			name: 'Hotel TV',
			type: 'TV',
			supportsVolume: true,
			isRestricted: true,
			isActive: true,
			volumePercent: 30,
		};
		const {player} = setUp([restricted, ...defaultDevices({noneActive: true})]);
		const notControllable = {status: 403, reason: 'DEVICE_NOT_CONTROLLABLE'};
		expect(refusal(() => player.play({contextUri: short.uri}))).toMatchObject(notControllable);
		expect(refusal(() => player.setVolume(50))).toMatchObject(notControllable);
		expect(refusal(() => player.transfer(restrictedId))).toMatchObject(notControllable);
		player.play({contextUri: short.uri, deviceId: pocketPhoneId});
		expect(refusal(() => player.play({deviceId: restrictedId}))).toMatchObject(notControllable);
	});
});
