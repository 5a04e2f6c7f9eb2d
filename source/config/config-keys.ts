/** The keys a config may hold: the original musicterminal's seven, then the new optional ones. */
export const configKeys = [
	'client_id',
	'client_secret',
	'access_token_url',
	'auth_url',
	'api_version',
	'api_url',
	'auth_method',
	'redirect_uri',
	'market',
	'scopes',
	'device',
	'poll_interval',
] as const;

export type ConfigKey = (typeof configKeys)[number];

export const authMethods = ['CLIENT_CREDENTIALS', 'AUTHORIZATION_CODE'] as const;
