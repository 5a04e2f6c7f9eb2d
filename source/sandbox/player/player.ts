import {idFromUri} from '../api/ids.js';
import {defaultDevices} from './devices.js';
import {contextOrder, shuffledOrder} from './play-order.js';
import {
	contextAndUrisTogether,
	deviceNotControllable,
	deviceNotFound,
	emptyContext,
	invalidContextUri,
	invalidOffset,
	invalidPosition,
	invalidTrackUri,
	invalidVolume,
	noActiveDevice,
	noNextTrack,
	noTracksGiven,
	notFound,
	nothingLoaded,
	offsetNotSupported,
	restrictionViolated,
	volumeControlDisallowed,
} from './player-error.js';
import type {Device, Interruption, PlaybackContext, PlaybackSnapshot, RepeatState} from './types.js';

/** What the player needs of the catalog. */
export type PlayerCatalog = {
	/** The length of a track or an episode (their ids never clash); undefined for an unknown id. */
	trackDurationMs(trackId: string): number | undefined;
	/** What an album, artist or show URI plays, or undefined when there is no such context. */
	context(uri: string): {context: PlaybackContext; trackIds: readonly string[]} | undefined;
};

export type PlayerOptions = {
	readonly now: () => number;
	readonly catalog: PlayerCatalog;
	/** The user's devices; the player keeps its own copies. Defaults to `defaultDevices()`. */
	readonly devices?: readonly Device[] | undefined;
	/** Told each time a track or episode starts to play (`at`: when it started), for the play history. */
	readonly onStarted?: ((started: StartedItem) => void) | undefined;
};

export type StartedItem = {
	readonly trackId: string;
	readonly context: PlaybackContext | null;
	readonly at: number;
};

export type PlayRequest = {
	readonly deviceId?: string | undefined;
	readonly contextUri?: string | undefined;
	readonly uris?: readonly string[] | undefined;
	readonly offset?: {readonly position?: number | undefined; readonly uri?: string | undefined} | undefined;
	readonly positionMs?: number | undefined;
};

/** `GET /me/player/queue` in ids: what plays now, then the user queue and the rest of the context. */
export type PlayerQueue = {
	readonly currentlyPlaying: string | null;
	readonly upNext: readonly string[];
};

/** The tracks of the context (or list of track URIs) that was last played. */
type Loaded = {
	readonly context: PlaybackContext | null;
	readonly trackIds: readonly string[];
	/** Indexes into `trackIds` in the order they play: context order, or shuffled. */
	order: readonly number[];
	/** Where in `order` the context stands. */
	position: number;
	/** Set while a track from the user queue plays; the context waits at `position` meanwhile. */
	queuedTrackId: string | undefined;
};

const restartThresholdMs = 3000;

/**
 * The test user's Spotify Connect player. Time moves on by itself: every read and command first
 * settles the state at `now()`, walking over the track ends that passed since the last change.
 * A command acts at that one instant, and changes nothing when it refuses.
 */
export class Player {
	readonly #now: () => number;
	readonly #catalog: PlayerCatalog;
	readonly #onStarted: PlayerOptions['onStarted'];
	readonly #devices: Device[];
	/** Devices that went away (`removeDevice`), in the order they left. */
	readonly #departed: Device[] = [];
	readonly #userQueue: string[] = [];
	#loaded: Loaded | undefined;
	#interruption: Interruption | undefined;
	/** The progress of the catalog item that waits while an interruption plays. */
	#progressBeforeInterruption = 0;
	#isPlaying = false;
	#shuffle = false;
	#repeat: RepeatState = 'off';
	/** Progress of the current track at `#settledAt`. */
	#progressMs = 0;
	#settledAt: number;
	/** Spotify's `timestamp`: when playback last changed (a command, or a track starting by itself). */
	#changedAt: number;

	constructor({now, catalog, devices = defaultDevices(), onStarted}: PlayerOptions) {
		this.#now = now;
		this.#catalog = catalog;
		this.#onStarted = onStarted;
		this.#devices = copyWithOneActive(devices);
		this.#settledAt = now();
		this.#changedAt = this.#settledAt;
	}

	devices(): readonly Device[] {
		return this.#devices.map((device) => ({...device}));
	}

	/** A device appears, as when Spotify is opened on it (a restricted one has no id). */
	addDevice(device: Device): void {
		this.#devices.push({...device, isActive: device.isActive && this.#activeDevice() === undefined});
	}

	/**
	 * The device with this id or name goes away, as when it is switched off; the active one when
	 * none is named. Playback on it stops being reported. False when there was no such device.
	 */
	removeDevice(idOrName?: string): boolean {
		const index = this.#devices.findIndex((device) =>
			idOrName === undefined ? device.isActive : device.id === idOrName || device.name === idOrName,
		);
		if (index < 0) {
			return false;
		}

		this.#settle();
		const [gone] = this.#devices.splice(index, 1);
		if (gone === undefined) {
			return false;
		}

		this.#isPlaying = gone.isActive ? false : this.#isPlaying;
		this.#departed.push({...gone, isActive: false});
		return true;
	}

	/** The devices that went away come back, inactive. */
	restoreDevices(): void {
		this.#devices.push(...this.#departed.splice(0));
	}

	/**
	 * Something other than the catalog's items plays on the active device (the first one, if none
	 * is active) from now on: an ad, a private session, a local file. What was playing waits.
	 */
	interrupt(interruption: Interruption): void {
		this.#settle();
		const device = this.#activeDevice() ?? this.#devices[0];
		if (device === undefined) {
			throw noActiveDevice();
		}

		if (this.#interruption === undefined) {
			this.#progressBeforeInterruption = this.#progressMs;
		}

		this.#activate(device);
		this.#interruption = interruption;
		this.#isPlaying = true;
		this.#progressMs = 0;
		this.#markChanged();
	}

	/** The interruption ends and what was playing goes on from where it waited. */
	endInterruption(): void {
		this.#settle();
		if (this.#interruption !== undefined) {
			this.#interruption = undefined;
			this.#progressMs = this.#progressBeforeInterruption;
			this.#markChanged();
		}
	}

	/** The playback state now, or undefined when no device is active or nothing was ever played. */
	snapshot(): PlaybackSnapshot | undefined {
		this.#settle();
		const device = this.#activeDevice();
		const loaded = this.#loaded;
		if (device === undefined || (loaded === undefined && this.#interruption === undefined)) {
			return undefined;
		}

		return {
			device: {...device},
			trackId: loaded === undefined ? '' : currentTrackId(loaded),
			interruption: this.#interruption,
			context: loaded?.context ?? null,
			isPlaying: this.#isPlaying,
			progressMs: this.#progressMs,
			shuffle: this.#shuffle,
			repeat: this.#repeat,
			timestamp: this.#changedAt,
			upNext: loaded === undefined ? [] : this.#upNext(loaded),
		};
	}

	queue(): PlayerQueue {
		this.#settle();
		const loaded = this.#loaded;
		if (this.#activeDevice() === undefined || loaded === undefined) {
			return {currentlyPlaying: null, upNext: []};
		}

		return {currentlyPlaying: currentTrackId(loaded), upNext: this.#upNext(loaded)};
	}

	/** Plays a context or a list of tracks; with neither, resumes what was playing. */
	play(request: PlayRequest): void {
		this.#settle();
		const device = this.#commandTarget(request.deviceId);
		const positionMs = request.positionMs;
		if (positionMs !== undefined) {
			checkPosition(positionMs);
		}

		if (request.contextUri === undefined && request.uris === undefined) {
			this.#resume(device, positionMs);
			return;
		}

		const loaded = this.#load(request);
		this.#interruption = undefined;
		this.#activate(device);
		this.#loaded = loaded;
		this.#isPlaying = true;
		this.#moveTo(positionMs ?? 0, {started: true});
	}

	pause(deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		if (!this.#isPlaying) {
			throw restrictionViolated();
		}

		this.#activate(device);
		this.#isPlaying = false;
		this.#markChanged();
	}

	/** The next track: the user queue first, then the context; repeat 'track' does not hold it back. */
	next(deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		if (this.#endsInterruption()) {
			return;
		}

		const loaded = this.#requireLoaded();
		if (!this.#hasNext(loaded)) {
			throw noNextTrack();
		}

		this.#activate(device);
		this.#advance(loaded);
		this.#moveTo(0, {started: true});
	}

	/** Past the first three seconds restarts the track; otherwise steps back (the first track restarts). */
	previous(deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		if (this.#endsInterruption()) {
			return;
		}

		const loaded = this.#requireLoaded();
		this.#activate(device);
		if (this.#progressMs <= restartThresholdMs) {
			this.#stepBack(loaded);
		}

		this.#moveTo(0, {started: true});
	}

	/** Past the end of the track, playback moves on as if the track had ended. */
	seek(positionMs: number, deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		checkPosition(positionMs);
		if (this.#interruption !== undefined) {
			this.#activate(device);
			this.#progressMs = positionMs;
			this.#markChanged();
			return;
		}

		this.#requireLoaded();
		this.#activate(device);
		this.#moveTo(positionMs);
	}

	/** Sets the volume of the named device, or of the active one; it does not make the device active. */
	setVolume(percent: number, deviceId?: string): void {
		this.#settle();
		if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
			throw invalidVolume();
		}

		const device = this.#commandTarget(deviceId);
		if (!device.supportsVolume) {
			throw volumeControlDisallowed();
		}

		device.volumePercent = Math.round(percent);
	}

	/** Shuffles the rest of the context around the current track; off goes on in context order from it. */
	setShuffle(shuffle: boolean, deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		this.#activate(device);
		if (shuffle !== this.#shuffle) {
			this.#shuffle = shuffle;
			this.#reorder();
		}

		this.#markChanged();
	}

	setRepeat(repeat: RepeatState, deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		this.#activate(device);
		this.#repeat = repeat;
		this.#markChanged();
	}

	/** Moves playback to `deviceId`; `play` true starts it, otherwise it stays playing or paused. */
	transfer(deviceId: string, play?: boolean): void {
		this.#settle();
		const device = this.#namedDevice(deviceId);
		this.#activate(device);
		if (this.#loaded === undefined && this.#interruption === undefined) {
			return;
		}

		if (play === true) {
			this.#isPlaying = true;
		}

		this.#markChanged();
	}

	/** Queues a track to play after the current one, before the rest of the context. */
	addToQueue(uri: string, deviceId?: string): void {
		this.#settle();
		const device = this.#commandTarget(deviceId);
		const trackId = this.#knownTrack(uri);
		this.#requireLoaded();
		this.#activate(device);
		this.#userQueue.push(trackId);
	}

	/** The device a command acts on: the one named (which then becomes active), or else the active one. */
	#commandTarget(deviceId: string | undefined): Device {
		if (deviceId !== undefined) {
			return this.#namedDevice(deviceId);
		}

		const device = this.#activeDevice();
		if (device === undefined) {
			throw noActiveDevice();
		}

		if (device.isRestricted) {
			throw deviceNotControllable();
		}

		return device;
	}

	#namedDevice(deviceId: string): Device {
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

	/** Skipping during an interruption ends it (an ad, a local file), and that is all it does. */
	#endsInterruption(): boolean {
		if (this.#interruption === undefined) {
			return false;
		}

		this.endInterruption();
		return true;
	}

	#requireLoaded(): Loaded {
		if (this.#loaded === undefined) {
			throw nothingLoaded();
		}

		return this.#loaded;
	}

	#resume(device: Device, positionMs: number | undefined): void {
		if (this.#loaded === undefined && this.#interruption === undefined) {
			throw nothingLoaded();
		}

		const changesNothing = this.#isPlaying && device.isActive && positionMs === undefined;
		if (changesNothing) {
			throw restrictionViolated();
		}

		this.#activate(device);
		this.#isPlaying = true;
		if (positionMs === undefined) {
			this.#markChanged();
		} else if (this.#interruption === undefined) {
			this.#moveTo(positionMs);
		} else {
			this.#progressMs = positionMs;
			this.#markChanged();
		}
	}

	/** Checks a play request and works out what it would load, without changing anything yet. */
	#load({contextUri, uris, offset}: PlayRequest): Loaded {
		if (contextUri !== undefined && uris !== undefined) {
			throw contextAndUrisTogether();
		}

		const {context, trackIds} =
			contextUri === undefined
				? {context: null, trackIds: this.#trackList(uris ?? [])}
				: this.#resolveContext(contextUri);
		const hasOffset = offset?.position !== undefined || offset?.uri !== undefined;
		if (hasOffset && context?.type === 'artist') {
			throw offsetNotSupported();
		}

		const start = startIndex(trackIds, offset);
		const order = this.#shuffle
			? shuffledOrder(trackIds.length, start, shuffleSeed(context, trackIds))
			: contextOrder(trackIds.length);
		return {context, trackIds, order, position: order.indexOf(start), queuedTrackId: undefined};
	}

	#resolveContext(uri: string): {context: PlaybackContext; trackIds: readonly string[]} {
		if (!/^spotify:[a-z]+:[0-9A-Za-z]{22}$/.test(uri)) {
			throw invalidContextUri(uri);
		}

		const resolved = this.#catalog.context(uri);
		if (resolved === undefined) {
			throw notFound();
		}

		if (resolved.trackIds.length === 0) {
			throw emptyContext();
		}

		return resolved;
	}

	#trackList(uris: readonly string[]): string[] {
		if (uris.length === 0) {
			throw noTracksGiven();
		}

		return uris.map((uri) => this.#knownTrack(uri));
	}

	#knownTrack(uri: string): string {
		const trackId = idFromUri(uri, 'track') ?? idFromUri(uri, 'episode');
		if (trackId === undefined) {
			throw invalidTrackUri(uri);
		}

		if (this.#catalog.trackDurationMs(trackId) === undefined) {
			throw notFound();
		}

		return trackId;
	}

	#hasNext(loaded: Loaded): boolean {
		return (
			this.#userQueue.length > 0 || loaded.position + 1 < loaded.order.length || this.#repeat === 'context'
		);
	}

	/** Moves to the next track, the user queue first; false at the end of the context (nothing changes then). */
	#advance(loaded: Loaded): boolean {
		const queued = this.#userQueue.shift();
		if (queued !== undefined) {
			loaded.queuedTrackId = queued;
			return true;
		}

		if (loaded.position + 1 < loaded.order.length) {
			loaded.position += 1;
		} else if (this.#repeat === 'context') {
			loaded.position = 0;
		} else {
			return false;
		}

		loaded.queuedTrackId = undefined;
		return true;
	}

	/** From a queued track back to the context's track; at the context's start, wraps only under repeat 'context'. */
	#stepBack(loaded: Loaded): void {
		if (loaded.queuedTrackId !== undefined) {
			loaded.queuedTrackId = undefined;
		} else if (loaded.position > 0) {
			loaded.position -= 1;
		} else if (this.#repeat === 'context') {
			loaded.position = loaded.order.length - 1;
		}
	}

	#reorder(): void {
		const loaded = this.#loaded;
		if (loaded === undefined) {
			return;
		}

		const current = loaded.order[loaded.position] ?? 0;
		loaded.order = this.#shuffle
			? shuffledOrder(loaded.trackIds.length, current, shuffleSeed(loaded.context, loaded.trackIds))
			: contextOrder(loaded.trackIds.length);
		loaded.position = loaded.order.indexOf(current);
	}

	#upNext(loaded: Loaded): string[] {
		const after = loaded.order.slice(loaded.position + 1);
		const nextLap = this.#repeat === 'context' ? loaded.order.slice(0, loaded.position + 1) : [];
		const fromContext = [...after, ...nextLap].map((index) => loaded.trackIds[index] ?? '');
		return [...this.#userQueue, ...fromContext];
	}

	#duration(trackId: string): number {
		return this.#catalog.trackDurationMs(trackId) ?? 0;
	}

	/**
	 * Puts the current track at `progressMs`; at or past its end, playback moves on as the clock
	 * would. `started`: the track starts now (play, next, previous), for the play history.
	 */
	#moveTo(progressMs: number, {started = false} = {}): void {
		const loaded = this.#requireLoaded();
		const duration = this.#duration(currentTrackId(loaded));
		this.#progressMs = duration > 0 ? Math.min(progressMs, duration) : progressMs;
		this.#markChanged();
		if (started) {
			this.#tellStarted(loaded, this.#settledAt);
		}

		this.#walkTrackEnds(loaded);
	}

	#tellStarted(loaded: Loaded, at: number): void {
		this.#onStarted?.({trackId: currentTrackId(loaded), context: loaded.context, at});
	}

	#markChanged(): void {
		this.#changedAt = this.#settledAt;
	}

	/** Brings progress up to now, across as many track ends as passed. */
	#settle(): void {
		const now = this.#now();
		if (this.#isPlaying) {
			this.#progressMs += Math.max(0, now - this.#settledAt);
		}

		this.#settledAt = now;
		if (this.#interruption?.kind === 'local-file') {
			this.#progressMs = Math.min(this.#progressMs, this.#interruption.durationMs);
		} else if (this.#loaded !== undefined && this.#interruption === undefined) {
			this.#walkTrackEnds(this.#loaded);
		}
	}

	/**
	 * Each pass ends one track. The walk is bounded: repeat 'off' runs out of tracks, repeat
	 * 'track' and whole laps under repeat 'context' are skipped arithmetically.
	 */
	#walkTrackEnds(loaded: Loaded): void {
		for (;;) {
			const duration = this.#duration(currentTrackId(loaded));
			if (duration <= 0 || this.#progressMs < duration) {
				return;
			}

			const overflowMs = this.#progressMs - duration;
			if (this.#repeat === 'track') {
				this.#progressMs = overflowMs % duration;
			} else if (this.#advance(loaded)) {
				this.#progressMs = overflowMs;
				this.#skipWholeLaps(loaded);
			} else {
				this.#finishContext(loaded, this.#settledAt - overflowMs);
				return;
			}

			// The track now playing started this long ago.
			this.#changedAt = this.#settledAt - this.#progressMs;
			this.#tellStarted(loaded, this.#changedAt);
		}
	}

	/** Back at the start of a repeated context with nothing queued: whole laps change nothing. */
	#skipWholeLaps(loaded: Loaded): void {
		const atLapStart = loaded.position === 0 && loaded.queuedTrackId === undefined;
		if (this.#repeat !== 'context' || !atLapStart || this.#userQueue.length > 0) {
			return;
		}

		const lapMs = loaded.trackIds.reduce((sum, trackId) => sum + this.#duration(trackId), 0);
		if (lapMs > 0) {
			this.#progressMs %= lapMs;
		}
	}

	/** The context ran out under repeat 'off': back to its first track, paused, as Spotify's apps leave it. */
	#finishContext(loaded: Loaded, endedAt: number): void {
		loaded.position = 0;
		loaded.queuedTrackId = undefined;
		this.#isPlaying = false;
		this.#progressMs = 0;
		this.#changedAt = endedAt;
	}
}

function currentTrackId(loaded: Loaded): string {
	return loaded.queuedTrackId ?? loaded.trackIds[loaded.order[loaded.position] ?? 0] ?? '';
}

/** At most one device is active; of several marked active, the first one stays so. */
function copyWithOneActive(devices: readonly Device[]): Device[] {
	const firstActive = devices.find((device) => device.isActive);
	return devices.map((device) => ({...device, isActive: device === firstActive}));
}

function checkPosition(positionMs: number): void {
	if (!Number.isFinite(positionMs) || positionMs < 0) {
		throw invalidPosition();
	}
}

function shuffleSeed(context: PlaybackContext | null, trackIds: readonly string[]): string {
	return context?.uri ?? trackIds.join(',');
}

function startIndex(trackIds: readonly string[], offset: PlayRequest['offset']): number {
	if (offset?.uri !== undefined) {
		const trackId = idFromUri(offset.uri, 'track');
		const index = trackId === undefined ? -1 : trackIds.indexOf(trackId);
		if (index < 0) {
			throw invalidOffset();
		}

		return index;
	}

	const position = offset?.position ?? 0;
	if (!Number.isInteger(position) || position < 0 || position >= trackIds.length) {
		throw invalidOffset();
	}

	return position;
}
