import {isScalar, isSeq, type Node} from 'yaml';
import type {AuthMethod} from './config.js';
import {authMethods} from './config-keys.js';
import {closestMatch} from './suggest.js';

/** A value read from the file, or the sentence saying what is wrong with it and how to fix it. */
export type Reading<Value> = {readonly value: Value} | {readonly problem: string};

const loopbackHosts = new Set(['127.0.0.1', '[::1]']);

/**
 * Text such as a client id. Plain YAML turns `1234` or `5e12` into numbers; for ids the text as
 * written is meant, so it is taken as written.
 */
export function readText(
	key: string,
	node: Node | null,
	{keepNumbers = false, secret = false} = {},
): Reading<string> {
	if (isScalar(node) && (typeof node.value === 'string' || (keepNumbers && typeof node.value === 'number'))) {
		const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
		return text.trim() === '' ? {problem: emptyProblem(key)} : {value: text.trim()};
	}

	if (node === null || (isScalar(node) && node.value === null)) {
		return {problem: emptyProblem(key)};
	}

	const shown = secret || !isScalar(node) ? '' : ` (${String(node.value)})`;
	return {problem: `${key} must be text${shown}: put the value in quotes, such as ${key}: '...'.`};
}

function emptyProblem(key: string): string {
	return `${key} is empty: give it a value, or remove the line to use the default.`;
}

export function readUrl(key: string, node: Node | null, example: string): Reading<string> {
	const text = readText(key, node);
	if ('problem' in text) {
		return text;
	}

	const url = URL.canParse(text.value) ? new URL(text.value) : undefined;
	if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		return {
			problem: `${key} is "${text.value}", which is not an http or https address: use ${example}, or your server's.`,
		};
	}

	// The original config had http://accounts.spotify.com, which Spotify answers by redirecting to https.
	if (url.protocol === 'http:' && url.hostname === 'accounts.spotify.com') {
		url.protocol = 'https:';
	}

	return {value: url.href.replace(/\/$/, '')};
}

export function readAuthMethod(node: Node | null): Reading<AuthMethod> {
	const text = readText('auth_method', node);
	if ('problem' in text) {
		return {problem: `${text.problem} Use CLIENT_CREDENTIALS or AUTHORIZATION_CODE.`};
	}

	const method = authMethods.find((candidate) => candidate === text.value.toUpperCase());
	if (method !== undefined) {
		return {value: method};
	}

	const suggestion = closestMatch(text.value, authMethods);
	return {
		problem: `auth_method is "${text.value}", which is not an auth method: use ${suggestion ?? 'CLIENT_CREDENTIALS (catalog only) or AUTHORIZATION_CODE (login and playback)'}.`,
	};
}

export function readRedirectUri(node: Node | null): Reading<string> {
	const example = 'http://127.0.0.1:8888/callback';
	const text = readText('redirect_uri', node);
	if ('problem' in text) {
		return text;
	}

	const url = URL.canParse(text.value) ? new URL(text.value) : undefined;
	if (url === undefined) {
		return {problem: `redirect_uri "${text.value}" is not a full address: use one such as ${example}.`};
	}

	if (url.hostname === 'localhost') {
		return {
			problem: `redirect_uri uses localhost, which Spotify refuses in redirect URIs since 27 November 2025: use http://127.0.0.1:${url.port || '8888'}${url.pathname} instead, and register exactly that in your app's settings in the Spotify dashboard.`,
		};
	}

	if (!loopbackHosts.has(url.hostname)) {
		return {
			problem: `redirect_uri must point at this machine (127.0.0.1 or [::1]), because \`musicterminal login\` listens there for Spotify's answer: use ${example} and register it in the Spotify dashboard.`,
		};
	}

	if (url.protocol !== 'http:') {
		return {
			problem: `redirect_uri must start with http:// (the login listens on 127.0.0.1 with plain http, which Spotify allows for loopback addresses): use ${example}.`,
		};
	}

	if (url.port === '') {
		return {
			problem: `redirect_uri has no port, and the login needs one to listen on: add it, such as ${example}, and register that in the Spotify dashboard.`,
		};
	}

	return {value: text.value};
}

export function readMarket(node: Node | null): Reading<string> {
	const text = readText('market', node);
	if ('problem' in text) {
		return text;
	}

	return /^[a-z]{2}$/i.test(text.value)
		? {value: text.value.toUpperCase()}
		: {problem: `market is "${text.value}", which is not a country code: use two letters, such as SE or US.`};
}

export function readScopes(node: Node | null): Reading<string[]> {
	const problem =
		'scopes must be a list of Spotify scopes, such as [user-read-playback-state, user-modify-playback-state].';
	if (isScalar(node) && typeof node.value === 'string') {
		const scopes = node.value.split(/\s+/).filter((scope) => scope !== '');
		return scopes.length > 0 ? {value: scopes} : {problem};
	}

	if (isSeq(node) && node.items.every((item) => isScalar(item) && typeof item.value === 'string')) {
		const scopes = node.items.map((item) => String((item as {value: unknown}).value).trim());
		return scopes.length > 0 && scopes.every((scope) => scope !== '') ? {value: scopes} : {problem};
	}

	return {problem};
}
