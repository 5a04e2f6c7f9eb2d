import {type Config, spotifyDefaults} from './config.js';
import type {ConfigKey} from './config-keys.js';
import {readPollInterval} from './read-poll-interval.js';
import {readRedirectUri} from './read-redirect-uri.js';
import {
	type Reading,
	readAuthMethod,
	readMarket,
	readScopes,
	readText,
	readUrl,
	type ValueNode,
} from './read-values.js';

/** The fields of a Config that come from the file's keys, each absent until a key sets it. */
export type Settings = {[Field in Exclude<keyof Config, 'path' | 'apiBaseUrl'>]?: Config[Field]};

/** For each key, how to read its value into settings, or what is wrong with it. */
export const keyReaders: {readonly [Key in ConfigKey]: (node: ValueNode) => Reading<Settings>} = {
	client_id: (node) =>
		settle(readText(node, {key: 'client_id', example: 'your-client-id', literal: true}), (clientId) => ({
			clientId,
		})),
	client_secret: (node) =>
		settle(
			readText(node, {key: 'client_secret', example: 'your-client-secret', secret: true}),
			(clientSecret) => ({
				clientSecret,
			}),
		),
	access_token_url: (node) =>
		settle(readUrl(node, 'access_token_url', spotifyDefaults.accessTokenUrl), (accessTokenUrl) => ({
			accessTokenUrl,
		})),
	auth_url: (node) => settle(readUrl(node, 'auth_url', spotifyDefaults.authUrl), (authUrl) => ({authUrl})),
	api_url: (node) => settle(readUrl(node, 'api_url', spotifyDefaults.apiUrl), (apiUrl) => ({apiUrl})),
	api_version: (node) =>
		settle(readText(node, {key: 'api_version', example: spotifyDefaults.apiVersion}), (apiVersion) => ({
			apiVersion,
		})),
	auth_method: (node) => settle(readAuthMethod(node), (authMethod) => ({authMethod})),
	redirect_uri: (node) => settle(readRedirectUri(node), (redirectUri) => ({redirectUri})),
	market: (node) => settle(readMarket(node), (market) => ({market})),
	scopes: (node) => settle(readScopes(node), (scopes) => ({scopes})),
	device: (node) =>
		settle(readText(node, {key: 'device', example: 'Kitchen Speaker', literal: true}), (device) => ({
			device,
		})),
	poll_interval: (node) =>
		settle(readPollInterval(node), (pollIntervalSeconds) => ({
			pollIntervalSeconds,
		})),
};

function settle<Value>(
	reading: Reading<Value>,
	toSettings: (value: Value | undefined) => Settings,
): Reading<Settings> {
	return 'problem' in reading ? reading : {value: toSettings(reading.value)};
}
