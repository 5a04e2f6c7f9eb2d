import {artistObject} from '../catalog/serialize.js';
import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import type {SavedKind} from '../library/user-library.js';
import {type Caller, requireUser} from './caller.js';
import {readListing} from './catalog-routes.js';
import {isBase62Id} from './ids.js';
import {
	playHistoryJson,
	playlistItemJson,
	savedAlbumJson,
	savedTrackJson,
	simplifiedPlaylistJson,
} from './library-json.js';
import {userCountry} from './market.js';
import {pageOf, readPageRequest} from './paging.js';
import {withCaller} from './respond.js';

type User = Extract<Caller, {kind: 'user'}>;

const libraryPage = {defaultLimit: 20, maxLimit: 50};
/** `PUT`, `DELETE` and `contains` on /me/library take at most this many URIs. */
const urisPerRequest = 40;

/** A handler for a user token holding one of `scopes`. */
function forUser(
	scopes: readonly string[],
	handler: (request: SandboxRequest, context: SandboxContext, user: User) => Reply,
) {
	return withCaller((request, context, caller) => {
		const user = requireUser(caller, scopes);
		return isReply(user) ? user : handler(request, context, user);
	});
}

export function addLibraryRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', '/v1/me/tracks', forUser(['user-library-read'], savedTracks))
		.add('GET', '/v1/me/albums', forUser(['user-library-read'], savedAlbums))
		.add('PUT', '/v1/me/library', forUser([], changeLibrary('save')))
		.add('DELETE', '/v1/me/library', forUser([], changeLibrary('remove')))
		.add('GET', '/v1/me/library/contains', forUser([], libraryContains))
		.add('GET', '/v1/me/playlists', forUser(['playlist-read-private'], myPlaylists))
		.add('GET', '/v1/playlists/:id', withCaller(playlist))
		.add('GET', '/v1/playlists/:id/items', forUser(['playlist-read-private'], playlistItems))
		.add('GET', '/v1/me/following', forUser(['user-follow-read'], followedArtists))
		.add('GET', '/v1/me/player/recently-played', forUser(['user-read-recently-played'], recentlyPlayed));
}

function savedTracks(request: SandboxRequest, context: SandboxContext, user: User): Reply {
	const listing = readListing(request, user, libraryPage);
	if (isReply(listing)) {
		return listing;
	}

	const entries = context.library.saved('track');
	return json(
		200,
		pageOf(
			entries,
			listing.page,
			request.url,
			(entry) => savedTrackJson(entry.id, entry.addedAt, context, listing.market),
			context.controls.pageTotals,
		),
	);
}

function savedAlbums(request: SandboxRequest, context: SandboxContext, user: User): Reply {
	const listing = readListing(request, user, libraryPage);
	if (isReply(listing)) {
		return listing;
	}

	return json(
		200,
		pageOf(
			context.library.saved('album'),
			listing.page,
			request.url,
			(entry) => savedAlbumJson(entry.id, entry.addedAt, context, listing.market),
			context.controls.pageTotals,
		),
	);
}

type LibraryUri = {readonly type: string; readonly id: string};

const savedKinds: readonly string[] = ['track', 'album', 'episode', 'show', 'playlist'];
const uriTypes = {
	modify: ['track', 'album', 'episode', 'show', 'audiobook', 'user', 'playlist'],
	read: ['track', 'album', 'episode', 'show', 'audiobook', 'artist', 'user', 'playlist'],
} as const;

/** The `uris` of a /me/library request, or Spotify's 400 for a missing, malformed or unsupported one. */
function readUris(request: SandboxRequest, use: 'modify' | 'read'): LibraryUri[] | Reply {
	const text = request.url.searchParams.get('uris');
	if (text === null || text.trim() === '') {
		return apiError(400, 'Missing parameter uris');
	}

	const uris = text.split(',').map((uri) => uri.trim());
	if (uris.length > urisPerRequest) {
		return apiError(400, `Too many uris: at most ${urisPerRequest}`);
	}

	const parsed: LibraryUri[] = [];
	for (const uri of uris) {
		const [scheme, type = '', id = '', ...rest] = uri.split(':');
		const idOk = type === 'user' ? /^[\w.-]+$/.test(id) : isBase62Id(id);
		if (scheme !== 'spotify' || rest.length > 0 || !idOk) {
			return apiError(400, `Invalid uri: ${uri}`);
		}

		if (!(uriTypes[use] as readonly string[]).includes(type)) {
			return apiError(400, `Unsupported uri type: ${type}`);
		}

		parsed.push({type, id});
	}

	return parsed;
}

/** The scope each kind of URI needs, as Spotify checks them: library, follows or playlists. */
function scopeFor(type: string, use: 'modify' | 'read'): string {
	if (type === 'artist' || type === 'user') {
		return use === 'read' ? 'user-follow-read' : 'user-follow-modify';
	}

	if (type === 'playlist') {
		return use === 'read' ? 'playlist-read-private' : 'playlist-modify-public';
	}

	return use === 'read' ? 'user-library-read' : 'user-library-modify';
}

function missingScope(uris: readonly LibraryUri[], use: 'modify' | 'read', user: User): Reply | undefined {
	for (const {type} of uris) {
		const denied = requireUser(user, [scopeFor(type, use)]);
		if (isReply(denied)) {
			return denied;
		}
	}

	return undefined;
}

function changeLibrary(change: 'save' | 'remove') {
	return (request: SandboxRequest, context: SandboxContext, user: User): Reply => {
		const uris = readUris(request, 'modify');
		if (isReply(uris)) {
			return uris;
		}

		const denied = missingScope(uris, 'modify', user);
		if (denied !== undefined) {
			return denied;
		}

		for (const {type, id} of uris) {
			// Users followed or unfollowed this way leave no trace in the sandbox.
			if (savedKinds.includes(type) && isKnown(type, id, context)) {
				if (change === 'save') {
					context.library.save(type as SavedKind, id, context.clock.now());
				} else {
					context.library.remove(type as SavedKind, id);
				}
			}
		}

		return {status: 200};
	};
}

function isKnown(type: string, id: string, context: SandboxContext): boolean {
	switch (type) {
		case 'track': {
			return context.catalog.track(id) !== undefined;
		}

		case 'album': {
			return context.catalog.album(id) !== undefined;
		}

		case 'episode': {
			return context.catalog.episode(id) !== undefined;
		}

		case 'show': {
			return context.catalog.show(id) !== undefined;
		}

		default: {
			return context.library.playlist(id) !== undefined;
		}
	}
}

function libraryContains(request: SandboxRequest, context: SandboxContext, user: User): Reply {
	const uris = readUris(request, 'read');
	if (isReply(uris)) {
		return uris;
	}

	const denied = missingScope(uris, 'read', user);
	if (denied !== undefined) {
		return denied;
	}

	return json(
		200,
		uris.map(({type, id}) =>
			type === 'artist'
				? context.library.isFollowing(id)
				: savedKinds.includes(type) && context.library.isSaved(type as SavedKind, id),
		),
	);
}

function myPlaylists(request: SandboxRequest, context: SandboxContext, user: User): Reply {
	const page = readPageRequest(request.url, {...libraryPage, maxOffset: 100_000});
	if (isReply(page)) {
		return page;
	}

	// Without playlist-read-collaborative, Spotify leaves collaborative playlists out.
	const seesCollaborative = user.scopes.has('playlist-read-collaborative');
	const playlists = context.library
		.playlists()
		.filter((entry) => seesCollaborative || entry.relation !== 'collaborative');
	return json(
		200,
		pageOf(
			playlists,
			page,
			request.url,
			(entry) => simplifiedPlaylistJson(entry, context),
			context.controls.pageTotals,
		),
	);
}

function findPlaylist(request: SandboxRequest, context: SandboxContext) {
	const id = request.params.id ?? '';
	if (!isBase62Id(id)) {
		return apiError(400, 'Invalid base62 id');
	}

	return context.library.playlist(id) ?? apiError(404, 'Resource not found');
}

/** The playlist with its first 100 items, which Spotify sends only to its owner and collaborators. */
function playlist(request: SandboxRequest, context: SandboxContext, caller: Caller): Reply {
	const found = findPlaylist(request, context);
	if (isReply(found)) {
		return found;
	}

	if (!found.public && caller.kind === 'app') {
		return apiError(404, 'Resource not found');
	}

	const listing = readListing(request, caller, {defaultLimit: 100, maxLimit: 100});
	if (isReply(listing)) {
		return listing;
	}

	const readable = caller.kind === 'user' && found.relation !== 'followed';
	const itemsUrl = new URL(`${context.origin}/v1/playlists/${found.id}/items`);
	const items = readable
		? pageOf(
				found.itemIds.map((_id, index) => index),
				{offset: 0, limit: 100},
				itemsUrl,
				(index) => playlistItemJson(found, index, context, listing.market),
				context.controls.pageTotals,
			)
		: undefined;
	// In the full object `items` is the first page, and only for those who may read it.
	const {items: _itemsRef, tracks: _tracksRef, ...summary} = simplifiedPlaylistJson(found, context);
	return json(200, {
		...summary,
		followers: {href: null, total: found.relation === 'followed' ? 48_213 : 3},
		...(items === undefined ? {} : {items, tracks: items}),
	});
}

/** Since 2026, only a playlist's owner and collaborators may read its items through the Web API. */
function playlistItems(request: SandboxRequest, context: SandboxContext, user: User): Reply {
	const found = findPlaylist(request, context);
	if (isReply(found)) {
		return found;
	}

	if (found.relation === 'followed') {
		return apiError(403, 'Forbidden');
	}

	const listing = readListing(request, user, libraryPage);
	if (isReply(listing)) {
		return listing;
	}

	return json(
		200,
		pageOf(
			found.itemIds.map((_id, index) => index),
			listing.page,
			request.url,
			(index) => playlistItemJson(found, index, context, listing.market),
			context.controls.pageTotals,
		),
	);
}

/** Cursor-paged by artist id: `after` is the last one of the page before. */
function followedArtists(request: SandboxRequest, context: SandboxContext): Reply {
	if (request.url.searchParams.get('type') !== 'artist') {
		return apiError(400, 'Invalid type: only artist is supported');
	}

	const page = readPageRequest(request.url, libraryPage);
	if (isReply(page)) {
		return page;
	}

	const ids = context.library.followedArtistIds();
	const after = request.url.searchParams.get('after');
	const start = after === null ? 0 : ids.indexOf(after) + 1;
	const shown = ids.slice(start, start + page.limit);
	const last = shown.at(-1);
	const more = start + shown.length < ids.length && last !== undefined;
	const next = new URL(request.url);
	next.searchParams.set('after', last ?? '');
	return json(200, {
		artists: {
			href: request.url.href,
			items: shown.flatMap((id) => {
				const artist = context.catalog.artist(id);
				return artist === undefined ? [] : [artistObject(artist, context)];
			}),
			limit: page.limit,
			// The description types `next` as text: on the last page it is left out.
			...(more ? {next: next.href, cursors: {after: last}} : {cursors: {}}),
			total: ids.length,
		},
	});
}

/** Cursor-paged by time: `before` and `after` are milliseconds, and only one of them may be given. */
function recentlyPlayed(request: SandboxRequest, context: SandboxContext): Reply {
	const page = readPageRequest(request.url, libraryPage);
	if (isReply(page)) {
		return page;
	}

	const before = readTime(request.url.searchParams.get('before'));
	const after = readTime(request.url.searchParams.get('after'));
	if (before === null || after === null) {
		return apiError(400, 'Invalid cursor: a Unix time in milliseconds');
	}

	if (before !== undefined && after !== undefined) {
		return apiError(400, 'Only one of before and after may be given');
	}

	// Reading the player brings it up to now: tracks that started since the last read join the history.
	context.player.snapshot();
	const history = context.library.history();
	// Newest first; after a time, the plays right after it.
	const candidates =
		after === undefined
			? history.filter((play) => before === undefined || play.playedAt < before)
			: history.filter((play) => play.playedAt > after).reverse();
	const shown = candidates.slice(0, page.limit);
	const items = after === undefined ? shown : [...shown].reverse();
	const newest = items[0];
	const oldest = items.at(-1);
	const more = candidates.length > shown.length;
	const next = new URL(request.url);
	next.searchParams.delete('after');
	next.searchParams.set('before', String(oldest?.playedAt ?? 0));
	return json(200, {
		href: request.url.href,
		items: items.map((play) => playHistoryJson(play, context, userCountry)),
		limit: page.limit,
		...(more && after === undefined ? {next: next.href} : {}),
		cursors:
			newest === undefined || oldest === undefined
				? {}
				: {after: String(newest.playedAt), before: String(oldest.playedAt)},
	});
}

/** A cursor in milliseconds: undefined when absent, null when not a whole number. */
function readTime(text: string | null): number | null | undefined {
	if (text === null) {
		return undefined;
	}

	return /^\d+$/.test(text) ? Number(text) : null;
}
