import type {Fault, FaultRule} from './faults.js';

// A fault in one line of text, for `musicterminal sandbox --fault` and the control endpoint:
//   KIND[,key=value...]
// e.g. `rate-limit,retry-after=3,path=/v1/search`, `server-error,status=503,body=html,times=2` or `echo`.

export const faultKinds = [
	'rate-limit',
	'quota-exceeded',
	'server-error',
	'slow',
	'truncated-body',
	'drop-connection',
	'not-json',
	'echo',
] as const;

const commonKeys = ['path', 'method', 'times'];
const keysByKind: Record<(typeof faultKinds)[number], readonly string[]> = {
	'rate-limit': ['retry-after'],
	'quota-exceeded': [],
	'server-error': ['status', 'body'],
	slow: ['delay'],
	'truncated-body': [],
	'drop-connection': [],
	'not-json': [],
	echo: ['status'],
};

/** Thrown for a spec that cannot be read; the message says what is wrong and what would do. */
export class FaultSpecError extends Error {
	override readonly name = 'FaultSpecError';
}

/**
 * The rule a spec describes. `path` is an exact path (`/v1/search`) or one with `*` standing for
 * any characters (`/v1/albums/*`); without one every Web API path matches (every path, for
 * `echo`). `times` is a count or `all` (the default: a fault switched on by hand stays until it
 * is switched off).
 */
export function parseFaultSpec(spec: string): FaultRule {
	const [kindText = '', ...pairs] = spec.split(',').map((part) => part.trim());
	const kind = faultKinds.find((candidate) => candidate === kindText);
	if (kind === undefined) {
		throw new FaultSpecError(`"${kindText}" is not a fault: choose from ${faultKinds.join(', ')}.`);
	}

	const values = new Map<string, string>();
	for (const pair of pairs) {
		const [key = '', value, ...rest] = pair.split('=');
		if (value === undefined || rest.length > 0 || ![...commonKeys, ...keysByKind[kind]].includes(key)) {
			throw new FaultSpecError(
				`"${pair}" is not a setting of ${kind}: use key=value with ${[...commonKeys, ...keysByKind[kind]].join(', ')}.`,
			);
		}

		values.set(key, value);
	}

	const times = values.get('times');
	const method = values.get('method')?.toUpperCase();
	return {
		path: pathPattern(values.get('path'), kind),
		...(method === undefined ? {} : {method}),
		fault: faultOf(kind, values),
		times: times === undefined || times === 'all' ? Number.POSITIVE_INFINITY : whole(times, 'times', 1),
	};
}

function faultOf(kind: (typeof faultKinds)[number], values: ReadonlyMap<string, string>): Fault {
	switch (kind) {
		case 'rate-limit': {
			return {kind, retryAfterSeconds: whole(values.get('retry-after') ?? '5', 'retry-after', 0)};
		}

		case 'server-error': {
			const status = values.get('status') ?? '500';
			const body = values.get('body') ?? 'json';
			if (status !== '500' && status !== '502' && status !== '503' && status !== '504') {
				throw new FaultSpecError(`status=${status}: a server error here is 500, 502, 503 or 504.`);
			}

			if (body !== 'json' && body !== 'html' && body !== 'empty') {
				throw new FaultSpecError(`body=${body}: a server error's body is json, html or empty.`);
			}

			return {kind, status: Number(status) as 500 | 502 | 503 | 504, body};
		}

		case 'slow': {
			return {kind, delayMs: whole(values.get('delay') ?? '2000', 'delay', 0)};
		}

		case 'echo': {
			const status = whole(values.get('status') ?? '400', 'status', 400);
			if (status > 599) {
				throw new FaultSpecError(`status=${status}: an error's status is from 400 to 599.`);
			}

			return {kind, status};
		}

		default: {
			return {kind};
		}
	}
}

function pathPattern(path: string | undefined, kind: (typeof faultKinds)[number]): string | RegExp {
	if (path === undefined) {
		// What repeats a request is worth trying wherever secrets are sent, the accounts service too.
		return kind === 'echo' ? /^\// : /^\/v1\//;
	}

	if (!path.startsWith('/')) {
		throw new FaultSpecError(`path=${path}: a path starts with /, as in /v1/search.`);
	}

	if (!path.includes('*')) {
		return path;
	}

	const escaped = path.split('*').map((part) => part.replaceAll(/[.+?^${}()|[\]\\]/g, String.raw`\$&`));
	return new RegExp(`^${escaped.join('.*')}$`);
}

function whole(text: string, key: string, least: number): number {
	const value = Number(text);
	if (!/^\d+$/.test(text) || value < least) {
		throw new FaultSpecError(`${key}=${text}: give a whole number from ${least}.`);
	}

	return value;
}
