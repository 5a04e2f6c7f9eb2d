import type {SandboxContext} from '../context.js';
import {isReply, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import {type Caller, requireUser} from './caller.js';
import {withCaller} from './respond.js';

export type User = Extract<Caller, {kind: 'user'}>;

/** A handler for a user token holding one of `scopes` (any, when there are none). */
export function forUser(
	scopes: readonly string[],
	handler: (request: SandboxRequest, context: SandboxContext, user: User) => Reply,
) {
	return withCaller((request, context, caller) => {
		const user = requireUser(caller, scopes);
		return isReply(user) ? user : handler(request, context, user);
	});
}

/** `limit` for the library's lists: 20 unless asked, 50 at most. */
export const libraryPage = {defaultLimit: 20, maxLimit: 50};
