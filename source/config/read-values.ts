import {isMap, isScalar, isSeq, type Node} from 'yaml';
import {excerpt, quoted} from '../format/terminal-text.js';
import type {AuthMethod} from './config.js';
import type {Complaint} from './config-error.js';
import {authMethods} from './config-keys.js';
import {closestMatch} from './suggest.js';

/** A YAML value as the parser gives it; null when the key has nothing after it. */
export type ValueNode = Node | null;

/** A value read from the file (undefined when left empty, so the default applies), or what is wrong with it. */
export type Reading<Value> = {readonly value: Value | undefined} | {readonly problem: Complaint};

export type TextRules = {
	readonly key: string;
	/** Shown in the fix, as in `key: 'example'`. */
	readonly example: string;
	/** Never shown in a message, not even its kind of value beyond "a number" or "a list". */
	readonly secret?: boolean;
	/** The value is meant as written, so a number is shown back in quotes as the fix. */
	readonly literal?: boolean;
};

export function readText(
	node: ValueNode,
	{key, example, secret = false, literal = false}: TextRules,
): Reading<string> {
	if (node === null || (isScalar(node) && node.value === null)) {
		return {value: undefined};
	}

	if (isScalar(node) && typeof node.value === 'string') {
		const text = node.value.trim();
		return {value: text === '' ? undefined : text};
	}

	if (isScalar(node)) {
		const shown = literal && !secret && node.source !== undefined ? node.source : example;
		return {
			problem: {
				wrong: `${key} must be text, but it is ${kindOf(node)}`,
				fix: `Put it in quotes, such as ${key}: '${excerpt(shown)}'`,
			},
		};
	}

	return {
		problem: {
			wrong: `${key} must be text, but it is ${kindOf(node)}`,
			fix: `Give one value in quotes, such as ${key}: '${example}'`,
		},
	};
}

/** What kind of value a node holds, in words, without showing the value. */
export function kindOf(node: Node): string {
	if (isScalar(node)) {
		if (typeof node.value === 'number' || typeof node.value === 'bigint') {
			return 'a number';
		}

		return typeof node.value === 'boolean' ? 'a yes/no value' : 'something else';
	}

	if (isSeq(node)) {
		return 'a list';
	}

	return isMap(node) ? 'a group of "key: value" lines' : 'something else';
}

const spotifyHosts = new Set(['accounts.spotify.com', 'api.spotify.com']);

/** An absolute http or https address, without a trailing slash. */
export function readUrl(node: ValueNode, key: string, example: string): Reading<string> {
	const text = readText(node, {key, example});
	if ('problem' in text || text.value === undefined) {
		return text;
	}

	const url = URL.canParse(text.value) ? new URL(text.value) : undefined;
	if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		const withScheme = URL.canParse(`https://${text.value}`) && url === undefined;
		return {
			problem: {
				wrong: `${key} is ${quoted(text.value)}, which is not a full http or https address`,
				fix: withScheme ? `Start it with https://, such as ${example}` : `Use one such as ${example}`,
			},
		};
	}

	// The original musicterminal's config had http://accounts.spotify.com; Spotify redirects it to https anyway.
	if (url.protocol === 'http:' && spotifyHosts.has(url.hostname)) {
		url.protocol = 'https:';
	}

	return {value: url.href.replace(/\/$/, '')};
}

export function readAuthMethod(node: ValueNode): Reading<AuthMethod> {
	const choices =
		'Use AUTHORIZATION_CODE (log in, control playback) or CLIENT_CREDENTIALS (browse the catalog only)';
	const text = readText(node, {key: 'auth_method', example: 'AUTHORIZATION_CODE'});
	if ('problem' in text) {
		return {problem: {wrong: text.problem.wrong, fix: choices}};
	}

	if (text.value === undefined) {
		return {value: undefined};
	}

	const wanted = text.value.toUpperCase();
	const method = authMethods.find((candidate) => candidate === wanted);
	if (method !== undefined) {
		return {value: method};
	}

	const suggestion = closestMatch(text.value, authMethods);
	return {
		problem: {
			wrong: `auth_method is ${quoted(text.value)}, which is not an auth method`,
			fix: suggestion === undefined ? choices : `Did you mean ${suggestion}?`,
		},
	};
}

/** A two-letter ISO 3166-1 country code, upper-cased. */
export function readMarket(node: ValueNode): Reading<string> {
	const text = readText(node, {key: 'market', example: 'US'});
	if ('problem' in text || text.value === undefined) {
		return text;
	}

	return /^[a-z]{2}$/i.test(text.value)
		? {value: text.value.toUpperCase()}
		: {
				problem: {
					wrong: `market is ${quoted(text.value)}, which is not a two-letter country code`,
					fix: 'Use the code of your country, such as SE for Sweden or US for the United States',
				},
			};
}

const scopesExample = 'scopes: [user-read-playback-state, user-modify-playback-state]';

/** A YAML list of scopes, or one string of them separated by spaces (or commas). */
export function readScopes(node: ValueNode): Reading<string[]> {
	if (node === null || (isScalar(node) && node.value === null)) {
		return {value: undefined};
	}

	if (isScalar(node) && typeof node.value === 'string') {
		const scopes = splitScopes(node.value);
		return {value: scopes.length > 0 ? scopes : undefined};
	}

	if (!isSeq(node)) {
		return {
			problem: {
				wrong: `scopes must be a list of scope names, but it is ${kindOf(node)}`,
				fix: `Write them as a list, such as ${scopesExample}`,
			},
		};
	}

	const notText = node.items.findIndex((item) => !(isScalar(item) && typeof item.value === 'string'));
	if (notText !== -1) {
		return {
			problem: {
				wrong: `scopes must be a list of scope names, but item ${notText + 1} is not text`,
				fix: `Write each scope as a name, such as ${scopesExample}`,
			},
		};
	}

	const scopes = node.items.flatMap((item) => (isScalar(item) ? splitScopes(String(item.value)) : []));
	return scopes.length > 0
		? {value: scopes}
		: {
				problem: {
					wrong: 'scopes is an empty list',
					fix: `List the scopes to ask for, such as ${scopesExample}, or remove the line to use the defaults`,
				},
			};
}

function splitScopes(text: string): string[] {
	return text.split(/[\s,]+/).filter((scope) => scope !== '');
}
