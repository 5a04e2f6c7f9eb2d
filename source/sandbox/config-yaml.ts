import {stringify} from 'yaml';
import type {Sandbox} from './sandbox.js';

/** A musicterminal config.yaml that points every endpoint at this sandbox, with its test app's keys. */
export function sandboxConfigYaml(sandbox: Pick<Sandbox, 'origin' | 'app'>): string {
	const config = {
		client_id: sandbox.app.clientId,
		client_secret: sandbox.app.clientSecret,
		access_token_url: `${sandbox.origin}/api/token`,
		auth_url: `${sandbox.origin}/authorize`,
		api_version: 'v1',
		api_url: sandbox.origin,
		auth_method: 'AUTHORIZATION_CODE',
		redirect_uri: 'http://127.0.0.1:8888/callback',
		market: 'SE',
	};
	return `# musicterminal config for the local Spotify sandbox at ${sandbox.origin}\n${stringify(config)}`;
}
