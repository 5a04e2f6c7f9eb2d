/** The Spotify app registered in the sandbox's developer dashboard, and its one test user. */
export type SandboxApp = {
	readonly name: string;
	readonly clientId: string;
	readonly clientSecret: string;
	/** Registered redirect URIs; a loopback URI registered without a port allows any port. */
	readonly redirectUris: readonly string[];
};

export type SandboxUser = {
	readonly id: string;
	readonly displayName: string;
};

export const defaultApp: SandboxApp = {
	name: 'musicterminal sandbox',
	clientId: '5a4dbe7c1f0e4c8d9b3a6e2f7c1d0b9a',
	clientSecret: 'c3f1e8a2b7d64f09a5e1c2d3b4a59687',
	redirectUris: ['http://127.0.0.1:8888/callback', 'http://127.0.0.1/callback', 'http://[::1]/callback'],
};

export const defaultUser: SandboxUser = {id: 'sandbox-listener', displayName: 'Sandbox Listener'};
