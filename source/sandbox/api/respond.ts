import type {SandboxContext} from '../context.js';
import {isReply, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import {type Caller, identifyCaller} from './caller.js';

/** Wraps a Web API handler so it runs only for a valid bearer token, and knows who called. */
export function withCaller(
	handler: (request: SandboxRequest, context: SandboxContext, caller: Caller) => Reply,
): (request: SandboxRequest, context: SandboxContext) => Reply {
	return (request, context) => {
		const caller = identifyCaller(request, context);
		return isReply(caller) ? caller : handler(request, context, caller);
	};
}
