import {artistObject} from '../catalog/serialize.js';
import type {SandboxContext} from '../context.js';
import {apiError, isReply, json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import {forUser, libraryPage} from './for-user.js';
import {playHistoryJson} from './library-json.js';
import {userCountry} from './market.js';
import {readPageRequest} from './paging.js';

/** The artists the user follows, and what they played: both cursor-paged. */
export function addFollowAndHistoryRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', '/v1/me/following', forUser(['user-follow-read'], followedArtists))
		.add('GET', '/v1/me/player/recently-played', forUser(['user-read-recently-played'], recentlyPlayed));
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
