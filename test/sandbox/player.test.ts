import {describe, expect, test} from 'vitest';
import {SandboxClock} from '../../source/sandbox/clock.js';
import {defaultDevices, kitchenSpeakerId, pocketPhoneId} from '../../source/sandbox/player/devices.js';
import {Player, type PlayerCatalog} from '../../source/sandbox/player/player.js';
import {PlayerError} from '../../source/sandbox/player/player-error.js';

const second = 1000;
const trackId = (album: string, index: number) => `${album}track${index}`.padEnd(22, '0');
const trackUri = (id: string) => `spotify:track:${id}`;

/** Two albums: "short" with 3 tracks of 60 s, 90 s and 120 s; "long" with 5 tracks of 100 s. */
const albums: Record<string, number[]> = {
	short: [60 * second, 90 * second, 120 * second],
	long: [100 * second, 100 * second, 100 * second, 100 * second, 100 * second],
};
const albumUri = (name: string) => `spotify:album:${name.padEnd(22, 'A')}`;

const catalog: PlayerCatalog = {
	trackDurationMs(id) {
		for (const [name, durations] of Object.entries(albums)) {
			const index = durations.findIndex((_, position) => trackId(name, position) === id);
			if (index >= 0) {
				return durations[index];
			}
		}

		return undefined;
	},
	context(uri) {
		const name = Object.keys(albums).find((candidate) => albumUri(candidate) === uri);
		return name === undefined
			? undefined
			: {
					context: {type: 'album', uri},
					trackIds: (albums[name] ?? []).map((_, index) => trackId(name, index)),
				};
	},
};

function setUp({noneActive = false} = {}) {
	// Stands still between advances, so progress can be compared exactly.
	const clock = new SandboxClock(() => Date.UTC(2026, 10, 22));
	const player = new Player({now: () => clock.now(), catalog, devices: defaultDevices({noneActive})});
	const now = () => player.snapshot();
	return {clock, player, now};
}

function refusal(action: () => void): {status: number; reason: string | undefined} {
	try {
		action();
	} catch (error) {
		if (error instanceof PlayerError) {
			return {status: error.status, reason: error.reason};
		}

		throw error;
	}

	throw new Error('the player did not refuse');
}

describe('the sandbox player', () => {
	test('nothing plays until something is loaded', () => {
		const {now} = setUp();
		expect(now()).toBeUndefined();
	});

	test('plays a context from an offset position or uri, at a position in the track', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('long'), offset: {position: 3}, positionMs: 5 * second});
		expect(now()).toMatchObject({trackId: trackId('long', 3), isPlaying: true, progressMs: 5 * second});

		player.play({contextUri: albumUri('short'), offset: {uri: trackUri(trackId('short', 1))}});
		expect(now()).toMatchObject({
			trackId: trackId('short', 1),
			context: {type: 'album', uri: albumUri('short')},
		});
		expect(refusal(() => player.play({contextUri: albumUri('short'), offset: {position: 3}})).status).toBe(
			400,
		);
		expect(refusal(() => player.play({contextUri: albumUri('missing')})).status).toBe(404);
	});

	test('progress follows the clock and crosses several track ends at once', () => {
		const {clock, player, now} = setUp();
		player.play({contextUri: albumUri('short')});
		clock.advance(30 * second);
		expect(now()?.progressMs).toBe(30 * second);

		clock.advance(30 * second + 90 * second + 10 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 2), progressMs: 10 * second, isPlaying: true});
	});

	test('with repeat off the context ends paused on its first track; repeat context wraps; repeat track repeats', () => {
		const {clock, player, now} = setUp();
		player.play({contextUri: albumUri('short'), offset: {position: 2}});
		clock.advance(121 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 0), isPlaying: false, progressMs: 0});

		player.play({contextUri: albumUri('short'), offset: {position: 2}});
		player.setRepeat('context');
		clock.advance(125 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 0), isPlaying: true, progressMs: 5 * second});
		clock.advance(1000 * 270 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 0), progressMs: 5 * second});

		player.setRepeat('track');
		clock.advance(60 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 0), progressMs: 5 * second});
	});

	test('next and previous move through the context; previous past three seconds restarts the track', () => {
		const {clock, player, now} = setUp();
		player.play({contextUri: albumUri('short')});
		player.next();
		expect(now()?.trackId).toBe(trackId('short', 1));
		clock.advance(10 * second);
		player.previous();
		expect(now()).toMatchObject({trackId: trackId('short', 1), progressMs: 0});
		player.previous();
		expect(now()?.trackId).toBe(trackId('short', 0));
		player.previous();
		expect(now()?.trackId).toBe(trackId('short', 0));

		player.next();
		player.next();
		expect(refusal(() => player.next())).toEqual({status: 403, reason: 'NO_NEXT_TRACK'});
		player.setRepeat('context');
		player.next();
		expect(now()?.trackId).toBe(trackId('short', 0));
	});

	test('queued tracks play before the rest of the context, then the context continues', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('long')});
		player.addToQueue(trackUri(trackId('short', 2)));
		expect(player.queue().upNext.slice(0, 2)).toEqual([trackId('short', 2), trackId('long', 1)]);
		player.next();
		expect(now()?.trackId).toBe(trackId('short', 2));
		player.next();
		expect(now()?.trackId).toBe(trackId('long', 1));
		expect(refusal(() => player.addToQueue('spotify:track:0000000000000000000000')).status).toBe(404);
	});

	test('shuffle keeps the current track, plays every other once, and off resumes the album order', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('long'), offset: {position: 1}});
		player.setShuffle(true);
		expect(now()).toMatchObject({trackId: trackId('long', 1), shuffle: true});
		const played = [now()?.trackId];
		for (let step = 0; step < 4; step++) {
			player.next();
			played.push(now()?.trackId);
		}

		expect(new Set(played).size).toBe(5);
		player.setShuffle(false);
		const current = [0, 1, 2, 3, 4].findIndex((index) => trackId('long', index) === now()?.trackId);
		const rest = [0, 1, 2, 3, 4].filter((index) => index > current).map((index) => trackId('long', index));
		expect(player.queue().upNext).toEqual(rest);
	});

	test('pause freezes progress; pausing twice or resuming while playing is a restriction violation', () => {
		const {clock, player, now} = setUp();
		player.play({contextUri: albumUri('long')});
		clock.advance(10 * second);
		player.pause();
		clock.advance(50 * second);
		expect(now()).toMatchObject({isPlaying: false, progressMs: 10 * second});
		expect(refusal(() => player.pause())).toEqual({status: 403, reason: 'UNKNOWN'});
		player.play({});
		clock.advance(5 * second);
		expect(now()).toMatchObject({isPlaying: true, progressMs: 15 * second});
		expect(refusal(() => player.play({}))).toEqual({status: 403, reason: 'UNKNOWN'});
	});

	test('seeking past the end of a track moves on to the next one', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('short')});
		player.seek(70 * second);
		expect(now()).toMatchObject({trackId: trackId('short', 1), progressMs: 10 * second});
	});

	test('volume applies to the active device; the speaker refuses it', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('short')});
		player.setVolume(35);
		expect(now()?.device.volumePercent).toBe(35);
		player.transfer(kitchenSpeakerId);
		expect(refusal(() => player.setVolume(20))).toEqual({status: 403, reason: 'VOLUME_CONTROL_DISALLOW'});
	});

	test('transfer keeps playing or paused unless play is true, and refuses unknown devices', () => {
		const {player, now} = setUp();
		player.play({contextUri: albumUri('short')});
		player.pause();
		player.transfer(pocketPhoneId);
		expect(now()).toMatchObject({device: {id: pocketPhoneId, isActive: true}, isPlaying: false});
		player.transfer(kitchenSpeakerId, true);
		expect(now()).toMatchObject({device: {id: kitchenSpeakerId}, isPlaying: true});
		expect(player.devices().filter((device) => device.isActive)).toHaveLength(1);
		expect(refusal(() => player.transfer('nope')).status).toBe(404);
	});

	test('with no active device, commands need a device id', () => {
		const {player, now} = setUp({noneActive: true});
		expect(refusal(() => player.play({contextUri: albumUri('short')}))).toEqual({
			status: 404,
			reason: 'NO_ACTIVE_DEVICE',
		});
		player.play({contextUri: albumUri('short'), deviceId: pocketPhoneId});
		expect(now()?.device.id).toBe(pocketPhoneId);
	});

	test('plays a list of track URIs without a context', () => {
		const {player, now} = setUp();
		player.play({uris: [trackUri(trackId('short', 2)), trackUri(trackId('long', 0))]});
		expect(now()).toMatchObject({trackId: trackId('short', 2), context: null});
		player.next();
		expect(now()?.trackId).toBe(trackId('long', 0));
		expect(refusal(() => player.play({uris: ['spotify:album:x']})).status).toBe(400);
	});
});
