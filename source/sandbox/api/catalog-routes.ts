import {normalizeForSearch} from '../catalog/search.js';
import {artistObject, simplifiedAlbum, simplifiedTrack, trackObject} from '../catalog/serialize.js';
import type {AlbumGroup} from '../catalog/types.js';
import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import {albumWithTracks} from './album-json.js';
import type {Caller} from './caller.js';
import {isBase62Id} from './ids.js';
import {simplifiedPlaylistJson} from './library-json.js';
import {readMarket} from './market.js';
import {type PageLimits, type PageRequest, pageOf, readPageRequest} from './paging.js';
import {withCaller} from './respond.js';

const searchTypes = ['album', 'artist', 'playlist', 'track', 'show', 'episode', 'audiobook'] as const;
const albumGroups: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

export function addCatalogRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', '/v1/search', withCaller(search))
		.add('GET', '/v1/artists/:id', withCaller(artist))
		.add('GET', '/v1/artists/:id/albums', withCaller(artistAlbums))
		.add('GET', '/v1/albums/:id', withCaller(album))
		.add('GET', '/v1/albums/:id/tracks', withCaller(albumTracks));
}

function search(request: SandboxRequest, context: SandboxContext, caller: Caller): Reply {
	const query = request.url.searchParams.get('q')?.trim() ?? '';
	if (query === '') {
		return apiError(400, 'No search query');
	}

	const typeText = request.url.searchParams.get('type');
	if (typeText === null) {
		return apiError(400, 'Missing parameter type');
	}

	const types = typeText.split(',');
	if (!types.every((type) => isOneOf(searchTypes, type))) {
		return apiError(400, 'Bad search type field');
	}

	const listing = readListing(request, caller, {defaultLimit: 5, maxLimit: 10, maxOffset: 1000});
	if (isReply(listing)) {
		return listing;
	}

	const {page, market} = listing;
	const results: Record<string, unknown> = {};
	for (const type of types) {
		const url = new URL(request.url);
		url.searchParams.set('type', type);
		results[`${type}s`] = searchPage(type, query, context, page, url, market);
	}

	return json(200, results);
}

function searchPage(
	type: (typeof searchTypes)[number],
	query: string,
	context: SandboxContext,
	page: PageRequest,
	url: URL,
	market: string | undefined,
) {
	switch (type) {
		case 'artist': {
			return pageOf(
				context.catalog.search(query, 'artist'),
				page,
				url,
				(item) => artistObject(item, context),
				context.controls.pageTotals,
			);
		}

		case 'album': {
			return pageOf(
				context.catalog.search(query, 'album'),
				page,
				url,
				(item) => simplifiedAlbum(item, context),
				context.controls.pageTotals,
			);
		}

		case 'track': {
			return pageOf(
				context.catalog.search(query, 'track'),
				page,
				url,
				(item) => trackObject(item, context, market),
				context.controls.pageTotals,
			);
		}

		case 'playlist': {
			const words = normalizeForSearch(query).split(' ');
			const found = context.library
				.playlists()
				.filter((playlist) => words.every((word) => normalizeForSearch(playlist.name).includes(word)));
			return pageOf(
				found,
				page,
				url,
				(playlist) => simplifiedPlaylistJson(playlist, context),
				context.controls.pageTotals,
			);
		}

		default: {
			// The sandbox has no shows, episodes or audiobooks to find: an empty page for each.
			return pageOf([], page, url, (item: never) => item);
		}
	}
}

function artist(request: SandboxRequest, context: SandboxContext): Reply {
	const found = findById(request, (id) => context.catalog.artist(id));
	return isReply(found) ? found : json(200, artistObject(found, context));
}

function artistAlbums(request: SandboxRequest, context: SandboxContext, caller: Caller): Reply {
	const found = findById(request, (id) => context.catalog.artist(id));
	if (isReply(found)) {
		return found;
	}

	const groupsText = request.url.searchParams.get('include_groups');
	const groups = groupsText === null ? albumGroups : groupsText.split(',');
	if (!groups.every((group) => isOneOf(albumGroups, group))) {
		return apiError(400, 'Invalid include_groups value');
	}

	const listing = readListing(request, caller, {defaultLimit: 5, maxLimit: 10});
	if (isReply(listing)) {
		return listing;
	}

	const entries = context.catalog.artistAlbums(found.id, groups);
	return json(
		200,
		pageOf(
			entries,
			listing.page,
			request.url,
			(entry) => simplifiedAlbum(entry.album, context, entry.group),
			context.controls.pageTotals,
		),
	);
}

function album(request: SandboxRequest, context: SandboxContext, caller: Caller): Reply {
	const found = findById(request, (id) => context.catalog.album(id));
	const market = readMarket(request.url, caller);
	if (isReply(found)) {
		return found;
	}

	if (isReply(market)) {
		return market;
	}

	return json(200, albumWithTracks(found, context, market));
}

function albumTracks(request: SandboxRequest, context: SandboxContext, caller: Caller): Reply {
	const found = findById(request, (id) => context.catalog.album(id));
	if (isReply(found)) {
		return found;
	}

	const listing = readListing(request, caller, {defaultLimit: 20, maxLimit: 50});
	if (isReply(listing)) {
		return listing;
	}

	const {page, market} = listing;

	const tracks = context.catalog.albumTracks(found.id);
	return json(
		200,
		pageOf(
			tracks,
			page,
			request.url,
			(track) => simplifiedTrack(track, context, market),
			context.controls.pageTotals,
		),
	);
}

function isOneOf<Value extends string>(values: readonly Value[], value: string): value is Value {
	return (values as readonly string[]).includes(value);
}

/** The page and market a list endpoint was asked for, or the 400 for a bad one. */
export function readListing(
	request: SandboxRequest,
	caller: Caller,
	limits: PageLimits,
): {page: PageRequest; market: string | undefined} | Reply {
	const page = readPageRequest(request.url, limits);
	if (isReply(page)) {
		return page;
	}

	const market = readMarket(request.url, caller);
	return isReply(market) ? market : {page, market};
}

function findById<Item>(request: SandboxRequest, lookup: (id: string) => Item | undefined): Item | Reply {
	const id = request.params.id ?? '';
	if (!isBase62Id(id)) {
		return apiError(400, 'Invalid base62 id');
	}

	return lookup(id) ?? apiError(404, 'Resource not found');
}
