import type {Reply} from './reply.js';
import type {SandboxRequest} from './request.js';

export type Handler<Context> = (request: SandboxRequest, context: Context) => Reply | Promise<Reply>;

type Route<Context> = {
	readonly method: string;
	readonly segments: readonly string[];
	readonly handler: Handler<Context>;
};

export type RouteMatch<Context> =
	| {readonly kind: 'found'; readonly handler: Handler<Context>; readonly params: Record<string, string>}
	| {readonly kind: 'wrong-method'}
	| {readonly kind: 'not-found'};

/** Matches `METHOD /path/:param` patterns against a request path, segment by segment. */
export class Router<Context> {
	readonly #routes: Array<Route<Context>> = [];

	add(method: string, pattern: string, handler: Handler<Context>): this {
		this.#routes.push({method, segments: splitPath(pattern), handler});
		return this;
	}

	match(method: string, path: string): RouteMatch<Context> {
		const segments = splitPath(path);
		let pathKnown = false;
		for (const route of this.#routes) {
			const params = matchSegments(route.segments, segments);
			if (params === undefined) {
				continue;
			}

			if (route.method === method) {
				return {kind: 'found', handler: route.handler, params};
			}

			pathKnown = true;
		}

		return pathKnown ? {kind: 'wrong-method'} : {kind: 'not-found'};
	}
}

function splitPath(path: string): string[] {
	return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(
	pattern: readonly string[],
	actual: readonly string[],
): Record<string, string> | undefined {
	if (pattern.length !== actual.length) {
		return undefined;
	}

	const params: Record<string, string> = {};
	for (const [index, expected] of pattern.entries()) {
		const segment = actual[index] ?? '';
		if (expected.startsWith(':')) {
			params[expected.slice(1)] = decodeURIComponent(segment);
		} else if (expected !== segment) {
			return undefined;
		}
	}

	return params;
}
