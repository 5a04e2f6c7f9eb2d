import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import type {SavedKind} from '../library/user-library.js';
import {requireUser} from './caller.js';
import {readListing} from './catalog-routes.js';
import {forUser, libraryPage, type User} from './for-user.js';
import {isBase62Id} from './ids.js';
import {savedAlbumJson, savedTrackJson} from './library-json.js';
import {pageOf} from './paging.js';

/** `PUT`, `DELETE` and `contains` on /me/library take at most this many URIs. */
const urisPerRequest = 40;

/** Saved tracks and albums, and saving, removing and checking through /me/library. */
export function addLibraryRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', '/v1/me/tracks', forUser(['user-library-read'], savedTracks))
		.add('GET', '/v1/me/albums', forUser(['user-library-read'], savedAlbums))
		.add('PUT', '/v1/me/library', forUser([], changeLibrary('save')))
		.add('DELETE', '/v1/me/library', forUser([], changeLibrary('remove')))
		.add('GET', '/v1/me/library/contains', forUser([], libraryContains));
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
