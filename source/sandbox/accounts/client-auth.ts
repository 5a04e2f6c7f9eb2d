import {timingSafeEqual} from 'node:crypto';
import type {SandboxApp} from './app.js';

/** How a token request identified its client. */
export type ClientAuth =
	| {readonly kind: 'secret'}
	| {readonly kind: 'public'}
	| {readonly kind: 'invalid'; readonly description: string};

/**
 * A confidential client sends `Authorization: Basic base64(id:secret)`; a PKCE public client
 * sends only `client_id` in the body.
 */
export function authenticateClient(
	authorization: string | undefined,
	bodyClientId: string | null,
	app: SandboxApp,
): ClientAuth {
	if (authorization === undefined) {
		return bodyClientId === app.clientId
			? {kind: 'public'}
			: {kind: 'invalid', description: 'Invalid client'};
	}

	const [scheme, encoded] = authorization.split(' ');
	if (scheme?.toLowerCase() !== 'basic' || encoded === undefined) {
		return {kind: 'invalid', description: 'Invalid client'};
	}

	const decoded = Buffer.from(encoded, 'base64').toString('utf8');
	const separator = decoded.indexOf(':');
	const id = decoded.slice(0, Math.max(0, separator));
	const secret = decoded.slice(separator + 1);
	if (separator < 0 || id !== app.clientId) {
		return {kind: 'invalid', description: 'Invalid client'};
	}

	return sameText(secret, app.clientSecret)
		? {kind: 'secret'}
		: {kind: 'invalid', description: 'Invalid client secret'};
}

function sameText(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
