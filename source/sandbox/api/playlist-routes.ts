import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import type {Caller} from './caller.js';
import {readListing} from './catalog-routes.js';
import {forUser, libraryPage, type User} from './for-user.js';
import {isBase62Id} from './ids.js';
import {playlistItemJson, simplifiedPlaylistJson} from './library-json.js';
import {pageOf, readPageRequest} from './paging.js';
import {withCaller} from './respond.js';

/** The user's playlists, a playlist, and its items (for its owner and collaborators only). */
export function addPlaylistRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', '/v1/me/playlists', forUser(['playlist-read-private'], myPlaylists))
		.add('GET', '/v1/playlists/:id', withCaller(playlist))
		.add('GET', '/v1/playlists/:id/items', forUser(['playlist-read-private'], playlistItems));
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
