import {
	type ControllableDevice,
	controllableDevices,
	findDevice,
	listDevices,
	matchDevice,
	noDeviceSentence,
} from './device-choice.js';
import {type Queue, queueSchema} from './library-schemas.js';
import {
	type Device,
	devicesSchema,
	type PlaybackState,
	playbackStateSchema,
	type RepeatState,
} from './schemas.js';
import {PlaybackNeedsLoginError, SpotifyApiError} from './spotify-errors.js';
import type {WebApi, WebApiRequest} from './web-api.js';

/** What `play` starts: a context (album, artist, playlist) from a track in it, or a list of tracks. */
export type PlayRequest =
	| {
			readonly contextUri: string;
			/** Where in the context to start: a 0-based position or a track's URI. */
			readonly offset?: {readonly position: number} | {readonly uri: string};
	  }
	| {readonly trackUris: readonly string[]};

export type PlayerCommandOptions = {
	/** The device to command; the active one when absent. */
	readonly deviceId?: string | undefined;
	readonly signal?: AbortSignal | undefined;
};

type ReadOptions = {readonly signal?: AbortSignal | undefined};
type Command = Omit<WebApiRequest<undefined>, 'signal' | 'schema'>;

/**
 * The user's player. Commands need a login (a user token) and Premium. When no device is active,
 * a command is sent again to the one device there is (or the configured one) after a transfer.
 */
export class PlayerClient {
	readonly #api: WebApi;
	readonly #preferredDevice: string | undefined;

	constructor(api: WebApi, {preferredDevice}: {preferredDevice?: string | undefined} = {}) {
		this.#api = api;
		this.#preferredDevice = preferredDevice;
	}

	async devices({signal}: ReadOptions = {}): Promise<Device[]> {
		this.#requireLogin();
		const answer = await this.#api.request({
			method: 'GET',
			path: 'me/player/devices',
			schema: devicesSchema,
			signal,
		});
		return answer?.devices ?? [];
	}

	/** What plays where; undefined when no device is active (Spotify answers 204). */
	async state({signal}: ReadOptions = {}): Promise<PlaybackState | undefined> {
		this.#requireLogin();
		return this.#api.request({
			method: 'GET',
			path: 'me/player',
			query: {additional_types: 'track,episode'},
			schema: playbackStateSchema,
			signal,
		});
	}

	/** What plays now and what plays next: the user's queue, then the rest of the context. */
	async queue({signal}: ReadOptions = {}): Promise<Queue> {
		this.#requireLogin();
		const answer = await this.#api.request({
			method: 'GET',
			path: 'me/player/queue',
			schema: queueSchema,
			signal,
		});
		return answer ?? {currently_playing: null, queue: []};
	}

	/** Starts `what`, or resumes what was playing when `what` is absent. */
	async play(what: PlayRequest | undefined, options: PlayerCommandOptions = {}): Promise<void> {
		const body =
			what === undefined
				? undefined
				: 'trackUris' in what
					? {uris: what.trackUris}
					: {context_uri: what.contextUri, ...(what.offset === undefined ? {} : {offset: what.offset})};
		await this.#command({method: 'PUT', path: 'me/player/play', body, ...playSubject(what)}, options);
	}

	async pause(options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'PUT', path: 'me/player/pause'}, options);
	}

	async next(options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'POST', path: 'me/player/next'}, options);
	}

	async previous(options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'POST', path: 'me/player/previous'}, options);
	}

	async seek(positionMs: number, options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command(
			{method: 'PUT', path: 'me/player/seek', query: {position_ms: Math.max(0, Math.round(positionMs))}},
			options,
		);
	}

	async setVolume(percent: number, options: PlayerCommandOptions = {}): Promise<void> {
		const volume = Math.min(100, Math.max(0, Math.round(percent)));
		await this.#command({method: 'PUT', path: 'me/player/volume', query: {volume_percent: volume}}, options);
	}

	async setShuffle(on: boolean, options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'PUT', path: 'me/player/shuffle', query: {state: on}}, options);
	}

	async setRepeat(state: RepeatState, options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'PUT', path: 'me/player/repeat', query: {state}}, options);
	}

	async addToQueue(uri: string, options: PlayerCommandOptions = {}): Promise<void> {
		await this.#command({method: 'POST', path: 'me/player/queue', query: {uri}}, options);
	}

	/** Moves playback to `deviceId`; `play` starts it there, else it keeps its playing or paused state. */
	async transfer(
		deviceId: string,
		{play = false, signal}: ReadOptions & {play?: boolean} = {},
	): Promise<void> {
		this.#requireLogin();
		await this.#api.request({method: 'PUT', path: 'me/player', body: {device_ids: [deviceId], play}, signal});
	}

	/** The device named by `nameOrId` among the user's devices (see findDevice). */
	async findDevice(nameOrId: string, options: ReadOptions = {}): Promise<Device & {id: string}> {
		return findDevice(await this.devices(options), nameOrId);
	}

	async #command(command: Command, {deviceId, signal}: PlayerCommandOptions): Promise<void> {
		this.#requireLogin();
		const send = async (device: string | undefined) =>
			this.#api.request({...command, query: {...command.query, device_id: device}, signal});
		try {
			await send(deviceId);
		} catch (error) {
			if (
				deviceId !== undefined ||
				!(error instanceof SpotifyApiError) ||
				error.reason !== 'NO_ACTIVE_DEVICE'
			) {
				throw error;
			}

			const {id} = await this.deviceToWake({signal});
			await this.transfer(id, {signal});
			await send(id);
		}
	}

	/**
	 * The device for a command when none is active: the config's `device` (found as `--device`
	 * finds one, and an error when it is not there), else the only one there is.
	 */
	async deviceToWake({
		devices,
		signal,
	}: ReadOptions & {devices?: readonly Device[]} = {}): Promise<ControllableDevice> {
		const all = devices ?? (await this.devices({signal}));
		if (this.#preferredDevice !== undefined) {
			const match = matchDevice(all, this.#preferredDevice);
			if (match.kind === 'found') {
				return match.device;
			}

			throw new SpotifyApiError(noDeviceSentence(match, this.#preferredDevice, this.#api.configName), {
				status: 404,
				reason: 'NO_ACTIVE_DEVICE',
			});
		}

		const available = controllableDevices(all);
		const [only] = available;
		if (available.length === 1 && only !== undefined) {
			return only;
		}

		throw new SpotifyApiError(
			available.length === 0
				? 'no Spotify device is available: open Spotify on a phone, computer or speaker signed in to your account, then try again.'
				: `no Spotify device is active, and ${available.length} are available (${listDevices(available)}): choose one with --device <name>, or set device in ${this.#api.configName}.`,
			{status: 404, reason: 'NO_ACTIVE_DEVICE'},
		);
	}

	#requireLogin(): void {
		if (this.#api.tokenKind === 'app') {
			throw new PlaybackNeedsLoginError(this.#api.configName);
		}
	}
}

/** What a play request names, for the sentence when Spotify does not find it. */
function playSubject(what: PlayRequest | undefined): {subject?: string; subjectHint?: string} {
	if (what === undefined) {
		return {};
	}

	const uri = 'trackUris' in what ? (what.trackUris[0] ?? '') : what.contextUri;
	const type = uri.split(':')[1] ?? 'item';
	const hint =
		type === 'playlist'
			? "Spotify says the same of a playlist this app may not open, such as another user's private one"
			: type === 'show' || type === 'episode'
				? `Spotify says the same of ${type === 'show' ? 'a show' : 'an episode'} not available in your country`
				: undefined;
	return {subject: `${type} ${uri}`, ...(hint === undefined ? {} : {subjectHint: hint})};
}
