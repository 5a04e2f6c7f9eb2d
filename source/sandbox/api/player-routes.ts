import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, noContent, type Reply} from '../http/reply.js';
import {jsonBody, type SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import {PlayerError} from '../player/player-error.js';
import type {RepeatState} from '../player/types.js';
import {interruptionJson} from './beyond-contract.js';
import {requireUser} from './caller.js';
import {userCountry} from './market.js';
import {
	currentlyPlayingJson,
	deviceJson,
	type ItemTypes,
	itemJsonById,
	playbackStateJson,
} from './player-json.js';
import {withCaller} from './respond.js';

const readState = ['user-read-playback-state'];
const readCurrent = ['user-read-currently-playing', 'user-read-playback-state'];
const modify = ['user-modify-playback-state'];

/** A `/me/...` handler for a user token with one of `scopes`; player commands also need Premium. */
function forUser(
	scopes: readonly string[],
	handler: (request: SandboxRequest, context: SandboxContext) => Reply,
	{needsPremium = false} = {},
) {
	return withCaller((request, context, caller) => {
		const user = requireUser(caller, scopes);
		if (isReply(user)) {
			return user;
		}

		if (needsPremium && !context.controls.premium) {
			return apiError(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED');
		}

		try {
			return handler(request, context);
		} catch (error) {
			if (error instanceof PlayerError) {
				return apiError(error.status, error.message, error.reason);
			}

			throw error;
		}
	});
}

/** A player command: Premium, `user-modify-playback-state`, and `device_id` read from the query. */
function command(
	run: (request: SandboxRequest, context: SandboxContext, deviceId: string | undefined) => Reply | undefined,
) {
	return forUser(
		modify,
		(request, context) =>
			run(request, context, request.url.searchParams.get('device_id') ?? undefined) ?? noContent(),
		{needsPremium: true},
	);
}

export function addPlayerRoutes(router: Router<SandboxContext>): void {
	router
		.add(
			'GET',
			'/v1/me',
			forUser([], (_request, context) =>
				json(200, {
					display_name: context.user.displayName,
					external_urls: {spotify: `https://open.spotify.com/user/${context.user.id}`},
					href: `${context.origin}/v1/users/${context.user.id}`,
					id: context.user.id,
					images: [],
					type: 'user',
					uri: `spotify:user:${context.user.id}`,
				}),
			),
		)
		.add(
			'GET',
			'/v1/me/player/devices',
			forUser(readState, (_request, context) => {
				const privateSession = context.player.snapshot()?.interruption?.kind === 'private-session';
				return json(200, {
					devices: context.player
						.devices()
						.map((device) => deviceJson(device, {privateSession: privateSession && device.isActive})),
				});
			}),
		)
		.add(
			'GET',
			'/v1/me/player',
			forUser(readState, (request, context) => {
				const snapshot = context.player.snapshot();
				return snapshot === undefined
					? noContent()
					: json(200, playbackStateJson(snapshot, context, userCountry, itemTypes(request)));
			}),
		)
		.add(
			'GET',
			'/v1/me/player/currently-playing',
			forUser(readCurrent, (request, context) => {
				const snapshot = context.player.snapshot();
				return snapshot === undefined
					? noContent()
					: json(200, currentlyPlayingJson(snapshot, context, userCountry, itemTypes(request)));
			}),
		)
		.add(
			'GET',
			'/v1/me/player/queue',
			forUser(readCurrent, (_request, context) => {
				const queue = context.player.queue();
				const toJson = (id: string) => itemJsonById(id, context, userCountry);
				// What plays during an ad, a private session or a local file is what the player says plays.
				const interruption = context.player.snapshot()?.interruption;
				return json(200, {
					currently_playing:
						interruption !== undefined
							? interruptionJson(interruption).item
							: queue.currentlyPlaying === null
								? null
								: toJson(queue.currentlyPlaying),
					queue: queue.upNext.slice(0, 20).map(toJson),
				});
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/play',
			command((request, context, deviceId) => {
				const body = readPlayBody(request);
				if (isReply(body)) {
					return body;
				}

				context.player.play({...body, deviceId});
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/pause',
			command((_request, context, deviceId) => {
				context.player.pause(deviceId);
				return undefined;
			}),
		)
		.add(
			'POST',
			'/v1/me/player/next',
			command((_request, context, deviceId) => {
				context.player.next(deviceId);
				return undefined;
			}),
		)
		.add(
			'POST',
			'/v1/me/player/previous',
			command((_request, context, deviceId) => {
				context.player.previous(deviceId);
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/seek',
			command((request, context, deviceId) => {
				const position = readWholeNumber(request.url.searchParams.get('position_ms'));
				if (position === undefined) {
					return apiError(400, 'Invalid position_ms');
				}

				context.player.seek(position, deviceId);
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/volume',
			command((request, context, deviceId) => {
				const volume = readWholeNumber(request.url.searchParams.get('volume_percent'));
				if (volume === undefined || volume > 100) {
					return apiError(400, 'Invalid volume_percent: must be between 0 and 100');
				}

				context.player.setVolume(volume, deviceId);
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/shuffle',
			command((request, context, deviceId) => {
				const state = request.url.searchParams.get('state');
				if (state !== 'true' && state !== 'false') {
					return apiError(400, 'Invalid state: must be true or false');
				}

				context.player.setShuffle(state === 'true', deviceId);
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player/repeat',
			command((request, context, deviceId) => {
				const state = request.url.searchParams.get('state');
				if (state !== 'track' && state !== 'context' && state !== 'off') {
					return apiError(400, 'Invalid state: must be track, context or off');
				}

				context.player.setRepeat(state satisfies RepeatState, deviceId);
				return undefined;
			}),
		)
		.add(
			'PUT',
			'/v1/me/player',
			command((request, context) => {
				const body = jsonBody(request);
				const deviceIds = isRecord(body) ? body.device_ids : undefined;
				if (!Array.isArray(deviceIds) || deviceIds.length === 0 || typeof deviceIds[0] !== 'string') {
					return apiError(400, 'Missing device_ids');
				}

				if (deviceIds.length > 1) {
					return apiError(400, 'Only one device_id is supported');
				}

				const play = isRecord(body) && typeof body.play === 'boolean' ? body.play : undefined;
				context.player.transfer(deviceIds[0], play);
				return undefined;
			}),
		)
		.add(
			'POST',
			'/v1/me/player/queue',
			command((request, context, deviceId) => {
				const uri = request.url.searchParams.get('uri');
				if (uri === null || !(uri.startsWith('spotify:track:') || uri.startsWith('spotify:episode:'))) {
					return apiError(400, 'Invalid uri: only track and episode URIs can be queued');
				}

				context.player.addToQueue(uri, deviceId);
				return undefined;
			}),
		);
}

/** Episodes are in the player's answers only when `additional_types` asks for them, as on Spotify. */
function itemTypes(request: SandboxRequest): ItemTypes {
	const types = request.url.searchParams.get('additional_types')?.split(',') ?? [];
	return {episodes: types.includes('episode')};
}

type PlayBody = {
	contextUri?: string;
	uris?: string[];
	offset?: {position?: number; uri?: string};
	positionMs?: number;
};

function readPlayBody(request: SandboxRequest): PlayBody | Reply {
	const body = jsonBody(request);
	if (body === undefined) {
		return {};
	}

	if (body instanceof Error || !isRecord(body)) {
		return apiError(400, 'Malformed json');
	}

	const result: PlayBody = {};
	if (body.context_uri !== undefined) {
		if (typeof body.context_uri !== 'string') {
			return apiError(400, 'Invalid context uri');
		}

		result.contextUri = body.context_uri;
	}

	if (body.uris !== undefined) {
		if (!Array.isArray(body.uris) || !body.uris.every((uri) => typeof uri === 'string')) {
			return apiError(400, 'Invalid uris');
		}

		result.uris = body.uris;
	}

	if (result.contextUri !== undefined && result.uris !== undefined) {
		return apiError(400, 'Only one of context_uri and uris may be given');
	}

	if (body.offset !== undefined) {
		if (!isRecord(body.offset)) {
			return apiError(400, 'Invalid offset');
		}

		const {position, uri} = body.offset;
		if (
			position !== undefined &&
			(typeof position !== 'number' || !Number.isInteger(position) || position < 0)
		) {
			return apiError(400, 'Invalid offset position');
		}

		if (uri !== undefined && typeof uri !== 'string') {
			return apiError(400, 'Invalid offset uri');
		}

		result.offset = {position, uri};
	}

	if (body.position_ms !== undefined) {
		const positionMs = body.position_ms;
		if (typeof positionMs !== 'number' || !Number.isInteger(positionMs) || positionMs < 0) {
			return apiError(400, 'Invalid position_ms');
		}

		result.positionMs = positionMs;
	}

	return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readWholeNumber(text: string | null): number | undefined {
	return text !== null && /^\d+$/.test(text) ? Number(text) : undefined;
}
