import {contextOrder, shuffledOrder} from './play-order.js';
import {
	deviceNotControllable,
	deviceNotFound,
	invalidOffset,
	invalidTrackUri,
	noActiveDevice,
	noNextTrack,
	notFound,
	restrictionViolated,
	volumeControlDisallowed,
} from './player-error.js';
import type {Device, PlaybackContext, PlaybackSnapshot, RepeatState} from './types.js';

/** What the player needs of the catalog. */
export type PlayerCatalog = {
	trackDurationMs(trackId: string): number | undefined;
	/** The tracks an album or artist URI plays, or undefined when there is no such context. */
	context(uri: string): {context: PlaybackContext; trackIds: readonly string[]} | undefined;
};

export type PlayRequest = {
	readonly deviceId?: string | undefined;
	readonly contextUri?: string | undefined;
	readonly uris?: readonly string[] | undefined;
	readonly offset?: {readonly position?: number | undefined; readonly uri?: string | undefined} | undefined;
	readonly positionMs?: number | undefined;
};

type Loaded = {
	readonly context: PlaybackContext | null;
	readonly trackIds: readonly string[];
	/** Indexes into `trackIds` in the order they play (shuffled or not). */
	order: number[];
	/** Where in `order` the context stands; a queued track plays without moving it. */
	position: number;
};

const restartThresholdMs = 3000;

/**
 * The test user's Spotify Connect player. Time moves on by itself: every read and command first
 * settles the state at `now()`, walking over the track ends that passed since the last change.
 */
export class Player {
	readonly #now: () => number;
	readonly #catalog: PlayerCatalog;
	readonly #devices: Device[];
	#loaded: Loaded | undefined;
	#currentTrackId: string | undefined;
	#userQueue: string[] = [];
	#isPlaying = false;
	#shuffle = false;
	#repeat: RepeatState = 'off';
	/** Progress at `#anchorAt`; while playing, progress grows with the clock from there. */
	#anchorProgressMs = 0;
	#anchorAt: number;
	#timestamp: number;

	constructor({now, catalog, devices}: {now: () => number; catalog: PlayerCatalog; devices: Device[]}) {
		this.#now = now;
		this.#catalog = catalog;
		this.#devices = devices;
		this.#anchorAt = now();
		this.#timestamp = this.#anchorAt;
	}

	devices(): readonly Device[] {
		return this.#devices;
	}

	snapshot(): PlaybackSnapshot | undefined {
		this.#settle();
		const device = this.#activeDevice();
		if (device === undefined || this.#currentTrackId === undefined) {
			return undefined;
		}

		return {
			device,
			trackId: this.#currentTrackId,
			context: this.#loaded?.context ?? null,
			isPlaying: this.#isPlaying,
			progressMs: this.#anchorProgressMs,
			shuffle: this.#shuffle,
			repeat: this.#repeat,
			timestamp: this.#timestamp,
			upNext: this.queue().upNext,
		};
	}

	queue(): {currentlyPlaying: string | null; upNext: string[]} {
		this.#settle();
		const loaded = this.#loaded;
		const upNext = [...this.#userQueue];
		if (loaded !== undefined) {
			const rest = loaded.order.slice(loaded.position + 1);
			const wrapped = this.#repeat === 'context' ? loaded.order.slice(0, loaded.position + 1) : [];
			upNext.push(...[...rest, ...wrapped].map((index) => loaded.trackIds[index] ?? ''));
		}

		return {currentlyPlaying: this.#currentTrackId ?? null, upNext};
	}

	play(request: PlayRequest): void {
		this.#settle();
		const device = this.#target(request.deviceId);
		if (request.contextUri === undefined && request.uris === undefined) {
			if (this.#currentTrackId === undefined || (this.#isPlaying && device.isActive)) {
				throw restrictionViolated();
			}

			this.#activate(device);
			this.#setPlaying(true);
			return;
		}

		const {context, trackIds} = this.#resolve(request);
		const start = startIndex(trackIds, request.offset);
		this.#activate(device);
		const order = this.#shuffle
			? shuffledOrder(trackIds.length, start, context?.uri ?? trackIds.join())
			: contextOrder(trackIds.length);
		this.#loaded = {context, trackIds, order, position: order.indexOf(start)};
		this.#currentTrackId = trackIds[start];
		this.#isPlaying = true;
		this.#moveTo(request.positionMs ?? 0);
	}

	pause(deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		if (!this.#isPlaying) {
			throw restrictionViolated();
		}

		this.#setPlaying(false);
	}

	next(deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		if (this.#currentTrackId === undefined || !this.#advance({byUser: true})) {
			throw noNextTrack();
		}

		this.#moveTo(0);
	}

	previous(deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		const loaded = this.#loaded;
		if (this.#currentTrackId === undefined || loaded === undefined) {
			throw restrictionViolated();
		}

		const playingQueuedTrack = loaded.trackIds[loaded.order[loaded.position] ?? -1] !== this.#currentTrackId;
		if (this.#anchorProgressMs <= restartThresholdMs && !playingQueuedTrack) {
			if (loaded.position > 0) {
				loaded.position -= 1;
			} else if (this.#repeat === 'context') {
				loaded.position = loaded.order.length - 1;
			}
		}

		this.#currentTrackId = loaded.trackIds[loaded.order[loaded.position] ?? 0];
		this.#moveTo(0);
	}

	seek(positionMs: number, deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		if (this.#currentTrackId === undefined) {
			throw restrictionViolated();
		}

		this.#moveTo(positionMs);
	}

	setVolume(percent: number, deviceId?: string): void {
		this.#settle();
		const device = this.#target(deviceId);
		if (!device.supportsVolume) {
			throw volumeControlDisallowed();
		}

		device.volumePercent = Math.max(0, Math.min(100, Math.round(percent)));
		this.#touch();
	}

	setShuffle(shuffle: boolean, deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		this.#shuffle = shuffle;
		const loaded = this.#loaded;
		if (loaded !== undefined) {
			const current = loaded.order[loaded.position] ?? 0;
			loaded.order = shuffle
				? shuffledOrder(loaded.trackIds.length, current, loaded.context?.uri ?? loaded.trackIds.join())
				: contextOrder(loaded.trackIds.length);
			loaded.position = loaded.order.indexOf(current);
		}

		this.#touch();
	}

	setRepeat(repeat: RepeatState, deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		this.#repeat = repeat;
		this.#touch();
	}

	/** Moves playback to `deviceId`; `play` true starts it, otherwise it keeps playing or paused. */
	transfer(deviceId: string, play?: boolean): void {
		this.#settle();
		const device = this.#device(deviceId);
		this.#activate(device);
		if (play === true && this.#currentTrackId !== undefined) {
			this.#setPlaying(true);
		}

		this.#touch();
	}

	addToQueue(uri: string, deviceId?: string): void {
		this.#settle();
		this.#target(deviceId);
		const trackId = trackIdOf(uri);
		if (trackId === undefined || this.#catalog.trackDurationMs(trackId) === undefined) {
			throw notFound();
		}

		this.#userQueue.push(trackId);
	}

	/** The device a command acts on: the one named, or else the active one. */
	#target(deviceId: string | undefined): Device {
		const device = deviceId === undefined ? this.#activeDevice() : this.#device(deviceId);
		if (device === undefined) {
			throw noActiveDevice();
		}

		if (device.isRestricted) {
			throw deviceNotControllable();
		}

		return device;
	}

	#device(deviceId: string): Device {
		const device = this.#devices.find((candidate) => candidate.id === deviceId);
		if (device === undefined) {
			throw deviceNotFound();
		}

		if (device.isRestricted) {
			throw deviceNotControllable();
		}

		return device;
	}

	#activeDevice(): Device | undefined {
		return this.#devices.find((device) => device.isActive);
	}

	#activate(target: Device): void {
		for (const device of this.#devices) {
			device.isActive = device === target;
		}
	}

	#resolve(request: PlayRequest): {context: PlaybackContext | null; trackIds: readonly string[]} {
		if (request.contextUri !== undefined) {
			const resolved = this.#catalog.context(request.contextUri);
			if (resolved === undefined || resolved.trackIds.length === 0) {
				throw notFound();
			}

			return resolved;
		}

		const trackIds = (request.uris ?? []).map((uri) => {
			const trackId = trackIdOf(uri);
			if (trackId === undefined || this.#catalog.trackDurationMs(trackId) === undefined) {
				throw invalidTrackUri(uri);
			}

			return trackId;
		});
		if (trackIds.length === 0) {
			throw invalidTrackUri('');
		}

		return {context: null, trackIds};
	}

	#duration(trackId: string | undefined): number {
		return trackId === undefined ? 0 : (this.#catalog.trackDurationMs(trackId) ?? 0);
	}

	/**
	 * Moves to the next track: the user's queue first, then the context. At the context's end
	 * repeat 'context' wraps around; otherwise nothing is next and this returns false. A track
	 * ending by itself under repeat 'track' plays again; a user's `next` moves on regardless.
	 */
	#advance({byUser}: {byUser: boolean}): boolean {
		if (!byUser && this.#repeat === 'track') {
			return true;
		}

		const queued = this.#userQueue.shift();
		if (queued !== undefined) {
			this.#currentTrackId = queued;
			return true;
		}

		const loaded = this.#loaded;
		if (loaded === undefined) {
			return false;
		}

		if (loaded.position + 1 < loaded.order.length) {
			loaded.position += 1;
		} else if (this.#repeat === 'context') {
			loaded.position = 0;
		} else {
			return false;
		}

		this.#currentTrackId = loaded.trackIds[loaded.order[loaded.position] ?? 0];
		return true;
	}

	/** Sets the progress of the current track; a position past its end moves on as the clock would. */
	#moveTo(progressMs: number): void {
		this.#anchorProgressMs = progressMs;
		this.#anchorAt = this.#now();
		this.#touch();
		this.#walkTrackEnds();
	}

	#setPlaying(playing: boolean): void {
		this.#isPlaying = playing;
		this.#anchorAt = this.#now();
		this.#touch();
	}

	#touch(): void {
		this.#timestamp = this.#now();
	}

	/** Brings progress up to now, across as many track ends as passed. */
	#settle(): void {
		const now = this.#now();
		if (this.#isPlaying) {
			this.#anchorProgressMs += now - this.#anchorAt;
		}

		this.#anchorAt = now;
		this.#walkTrackEnds();
	}

	#walkTrackEnds(): void {
		let duration = this.#duration(this.#currentTrackId);
		while (this.#currentTrackId !== undefined && duration > 0 && this.#anchorProgressMs >= duration) {
			if (this.#repeat === 'track') {
				this.#anchorProgressMs %= duration;
				return;
			}

			this.#anchorProgressMs -= duration;
			if (!this.#advance({byUser: false})) {
				this.#finishContext();
				return;
			}

			this.#skipWholeCycles();
			duration = this.#duration(this.#currentTrackId);
			this.#touch();
		}
	}

	/**
	 * Under repeat 'context' with nothing queued, a long jump of the clock is many laps of the same
	 * context: skip the whole laps at once instead of walking each track.
	 */
	#skipWholeCycles(): void {
		const loaded = this.#loaded;
		if (
			loaded === undefined ||
			this.#repeat !== 'context' ||
			this.#userQueue.length > 0 ||
			loaded.position !== 0
		) {
			return;
		}

		const lap = loaded.trackIds.reduce((sum, trackId) => sum + this.#duration(trackId), 0);
		if (lap > 0) {
			this.#anchorProgressMs %= lap;
		}
	}

	/** The context ran out with repeat off: back to its first track, paused, as Spotify leaves it. */
	#finishContext(): void {
		const loaded = this.#loaded;
		if (loaded !== undefined) {
			loaded.position = 0;
			this.#currentTrackId = loaded.trackIds[loaded.order[0] ?? 0];
		}

		this.#isPlaying = false;
		this.#anchorProgressMs = 0;
		this.#touch();
	}
}

function trackIdOf(uri: string): string | undefined {
	const match = /^spotify:track:([0-9A-Za-z]{22})$/.exec(uri);
	return match?.[1];
}

function startIndex(trackIds: readonly string[], offset: PlayRequest['offset']): number {
	if (offset?.uri !== undefined) {
		const index = trackIds.indexOf(trackIdOf(offset.uri) ?? '');
		if (index < 0) {
			throw invalidOffset();
		}

		return index;
	}

	const position = offset?.position ?? 0;
	if (position >= trackIds.length) {
		throw invalidOffset();
	}

	return position;
}
