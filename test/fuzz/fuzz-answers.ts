import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import {localFileItemJson} from '../../source/sandbox/api/beyond-contract.js';
import {openApiPath} from '../helpers/spotify-contract.js';
import {type OpenApiDocument, OpenApiFaker, type Schema} from './openapi-faker.js';

// What the fuzz server answers to each call musicterminal makes: a random answer the Web API
// description allows, from a seed. Pages get sizes and totals that test a client's paging (empty,
// short, full, longer than asked; totals true, huge, zero or random); a player state may, beyond
// the description but as SPOTIFY.md records of Spotify, have no item (an ad, a private session),
// a local file, an audiobook chapter, or null context and progress.

export const endpoints = [
	'GET /search',
	'GET /artists/{id}',
	'GET /artists/{id}/albums',
	'GET /albums/{id}',
	'GET /albums/{id}/tracks',
	'GET /me',
	'GET /me/player',
	'GET /me/player/currently-playing',
	'GET /me/player/devices',
	'GET /me/player/queue',
	'GET /me/player/recently-played',
	'GET /me/tracks',
	'GET /me/albums',
	'GET /me/playlists',
	'GET /playlists/{id}',
	'GET /playlists/{id}/items',
	'GET /me/following',
	'GET /me/library/contains',
	'player command',
	'library change',
] as const;

export type Endpoint = (typeof endpoints)[number];

export type FuzzOptions = {
	/** `endless`: every page full and `total` 14,487,814, to test the ceilings. */
	readonly mode: 'random' | 'endless';
	/** Add what Spotify sends beyond its description (SPOTIFY.md): ads, local files, chapters. */
	readonly beyondContract: boolean;
	/** Lists hold at least this many items (the terminal UI's walk needs something to open). */
	readonly minItems: number;
};

export type FuzzRequest = {readonly method: string; readonly path: string; readonly query: URLSearchParams};

export type FuzzAnswer = {
	readonly endpoint: Endpoint | undefined;
	readonly status: number;
	readonly json?: unknown;
	readonly text?: string;
	/** True when the answer is one of Spotify's departures from its description. */
	readonly beyondContract: boolean;
};

let loaded: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
	loaded ??= parse(readFileSync(openApiPath, 'utf8')) as OpenApiDocument;
	return loaded;
}

const hugeTotal = 14_487_814;
const playerCommands = /^\/me\/player(\/(play|pause|next|previous|seek|volume|shuffle|repeat|queue))?$/;

export function endpointOf({method, path}: Pick<FuzzRequest, 'method' | 'path'>): Endpoint | undefined {
	if (method !== 'GET') {
		if (path === '/me/library' && (method === 'PUT' || method === 'DELETE')) {
			return 'library change';
		}

		return playerCommands.test(path) ? 'player command' : undefined;
	}

	const template = path
		.replace(/^\/artists\/[^/]+/, '/artists/{id}')
		.replace(/^\/albums\/[^/]+/, '/albums/{id}')
		.replace(/^\/playlists\/[^/]+/, '/playlists/{id}');
	return endpoints.find((endpoint) => endpoint === `GET ${template}`);
}

/** The answer to `request` for `seed`: the same seed and request give the same answer. */
export function fuzzAnswer(request: FuzzRequest, seed: number, options: FuzzOptions): FuzzAnswer {
	const endpoint = endpointOf(request);
	const faker = new OpenApiFaker(openApiDocument(), seed);
	const answer = (json: unknown, beyondContract = false): FuzzAnswer => ({
		endpoint,
		status: 200,
		json,
		beyondContract,
	});
	const limit = (fallback: number) => Number(request.query.get('limit') ?? fallback);
	const offset = Number(request.query.get('offset') ?? 0);
	switch (endpoint) {
		case 'GET /search': {
			const types = (request.query.get('type') ?? '').split(',');
			const pages: Record<string, unknown> = {};
			const itemSchemas = {artist: 'ArtistObject', album: 'SimplifiedAlbumObject', track: 'TrackObject'};
			for (const type of types) {
				const schema = itemSchemas[type as keyof typeof itemSchemas];
				if (schema !== undefined && (options.mode === 'endless' || faker.random.chance(0.95))) {
					pages[`${type}s`] = page(faker, schema, limit(5), offset, options);
				}
			}

			return answer(pages);
		}

		case 'GET /artists/{id}': {
			return answer(faker.object(faker.schema('ArtistObject')));
		}

		case 'GET /artists/{id}/albums': {
			return answer(page(faker, 'ArtistDiscographyAlbumObject', limit(5), offset, options));
		}

		case 'GET /albums/{id}': {
			const tracks = page(faker, 'SimplifiedTrackObject', 50, 0, options);
			return answer(faker.object(faker.schema('AlbumObject'), {tracks}));
		}

		case 'GET /albums/{id}/tracks': {
			return answer(page(faker, 'SimplifiedTrackObject', limit(20), offset, options));
		}

		case 'GET /me': {
			return answer(faker.object(faker.schema('PrivateUserObject')));
		}

		case 'GET /me/player':
		case 'GET /me/player/currently-playing': {
			if (faker.random.chance(0.1)) {
				return {endpoint, status: 204, beyondContract: false};
			}

			const schema =
				endpoint === 'GET /me/player' ? 'CurrentlyPlayingContextObject' : 'CurrentlyPlayingObject';
			const state = faker.object(faker.schema(schema));
			return options.beyondContract && faker.random.chance(0.3)
				? answer(spotifyDeparture(faker, state), true)
				: answer(state);
		}

		case 'GET /me/player/devices': {
			const devices = faker.array(
				faker.schema('DeviceObject'),
				faker.random.int(options.minItems, 5),
				'devices',
			);
			return answer({devices});
		}

		case 'GET /me/player/queue': {
			return answer(faker.object(faker.schema('QueueObject')));
		}

		case 'GET /me/player/recently-played': {
			return answer(cursorPage(faker, 'PlayHistoryObject', limit(20), options));
		}

		case 'GET /me/following': {
			return answer({artists: cursorPage(faker, 'ArtistObject', limit(20), options)});
		}

		case 'GET /me/tracks': {
			return answer(page(faker, 'SavedTrackObject', limit(20), offset, options));
		}

		case 'GET /me/albums': {
			return answer(page(faker, 'SavedAlbumObject', limit(20), offset, options));
		}

		case 'GET /me/playlists': {
			return answer(page(faker, 'SimplifiedPlaylistObject', limit(20), offset, options));
		}

		case 'GET /playlists/{id}': {
			const items = page(faker, 'PlaylistTrackObject', 100, 0, options);
			return answer(faker.object(faker.schema('PlaylistObject'), {items}));
		}

		case 'GET /playlists/{id}/items': {
			return answer(page(faker, 'PlaylistTrackObject', limit(20), offset, options));
		}

		case 'GET /me/library/contains': {
			const asked = (request.query.get('uris') ?? '').split(',').length;
			// Spotify answers one boolean a URI; an answer of another length is read as far as it goes.
			const length = faker.random.chance(0.9) ? asked : faker.random.int(0, asked + 2);
			return answer(Array.from({length}, () => faker.random.chance(0.5)));
		}

		case 'library change': {
			// The description lists 200 without a body; an empty 204 would do as well.
			return {endpoint, status: faker.random.pick([200, 200, 204]), text: '', beyondContract: false};
		}

		case 'player command': {
			// The description lists 204; Spotify has also answered 200 with no body and 202.
			if (options.beyondContract && faker.random.chance(0.2)) {
				return {endpoint, status: faker.random.pick([200, 202]), text: '', beyondContract: true};
			}

			return {endpoint, status: 204, beyondContract: false};
		}

		default: {
			return {
				endpoint,
				status: 404,
				json: {error: {status: 404, message: 'Service not found'}},
				beyondContract: false,
			};
		}
	}
}

/** A paging object of `itemSchema` items, as if `limit` items from `offset` had been asked for. */
function page(faker: OpenApiFaker, itemSchema: string, limit: number, offset: number, options: FuzzOptions) {
	const random = faker.random;
	const endless = options.mode === 'endless';
	const count = endless
		? limit
		: Math.max(
				offset === 0 ? options.minItems : 0,
				random.pick([
					0,
					random.int(1, Math.max(1, limit - 1)),
					limit,
					limit,
					limit,
					limit + random.int(1, 3),
				]),
			);
	const items = faker.array(faker.schema(itemSchema), count, 'items');
	const total = endless
		? hugeTotal
		: random.pick([
				offset + count,
				offset + count,
				random.int(0, 5000),
				0,
				hugeTotal,
				2 ** 31,
				Number.MAX_SAFE_INTEGER,
			]);
	const pagingSchema: Schema = faker.schema('PagingObject');
	return faker.object(pagingSchema, {
		items,
		total,
		offset: random.chance(0.9) ? offset : faker.integer({}),
		limit: random.chance(0.9) ? limit : faker.integer({}),
		next:
			endless || (count >= limit && random.chance(0.8))
				? `https://api.spotify.com/v1/next?offset=${offset + count}`
				: null,
	});
}

/**
 * A cursor-paged object of `itemSchema` items: sometimes full with a next page, sometimes short,
 * empty, or full with no cursor; in endless mode always full with a next page and cursors.
 */
function cursorPage(faker: OpenApiFaker, itemSchema: string, limit: number, options: FuzzOptions) {
	const random = faker.random;
	const endless = options.mode === 'endless';
	const count = endless
		? limit
		: Math.max(options.minItems, random.pick([0, random.int(1, Math.max(1, limit - 1)), limit, limit]));
	const items = faker.array(faker.schema(itemSchema), count, 'items');
	const cursor = endless || random.chance(0.9) ? String(random.int(1, 2 ** 40)) : faker.text('after');
	const more = endless || (count >= limit && random.chance(0.8));
	return faker.object(faker.schema('CursorPagingObject'), {
		items,
		limit: random.chance(0.9) ? limit : faker.integer({}),
		next: more ? `https://api.spotify.com/v1/next?cursor=${cursor}` : random.chance(0.5) ? null : undefined,
		cursors: more ? {after: cursor, before: cursor} : random.pick([{}, null, {after: null, before: null}]),
		total: endless ? hugeTotal : random.int(0, 5000),
	});
}

/** What Spotify sends that its description does not allow (SPOTIFY.md), in a player state. */
function spotifyDeparture(faker: OpenApiFaker, state: Record<string, unknown>): Record<string, unknown> {
	const random = faker.random;
	switch (random.int(0, 4)) {
		case 0: {
			return {...state, item: null, currently_playing_type: random.pick(['ad', 'unknown'])};
		}

		case 1: {
			return {
				...state,
				currently_playing_type: 'track',
				item: localFileItemJson({
					kind: 'local-file',
					name: faker.text('name'),
					artist: faker.text('name'),
					album: faker.text('name'),
					durationMs: faker.integer({minimum: 0}),
				}),
			};
		}

		case 2: {
			return {...state, currently_playing_type: 'episode', item: faker.object(faker.schema('ChapterObject'))};
		}

		default: {
			return {...state, context: null, progress_ms: null};
		}
	}
}
