import type {Config} from '../config/config.js';

export type AuthorizeRequest = {
	readonly state: string;
	readonly codeChallenge: string;
};

/** The page the user opens to consent: always PKCE S256, always a state. */
export function authorizeUrl(
	config: Pick<Config, 'authUrl' | 'clientId' | 'redirectUri' | 'scopes'>,
	{state, codeChallenge}: AuthorizeRequest,
): string {
	const url = new URL(config.authUrl);
	url.search = new URLSearchParams({
		client_id: config.clientId,
		response_type: 'code',
		redirect_uri: config.redirectUri,
		state,
		scope: config.scopes.join(' '),
		code_challenge_method: 'S256',
		code_challenge: codeChallenge,
	}).toString();
	return url.href;
}
