/** Hands out a current access token for the Web API, getting a new one when needed. */
export type AccessTokenProvider = {
	/** `app`: client credentials, catalog only. `user`: a login, playback too. */
	readonly kind: 'app' | 'user';
	/** `forceRefresh` after a 401: the token Spotify refused is not handed out again. */
	getAccessToken(options?: {forceRefresh?: boolean}): Promise<string>;
};

/** A token is renewed this long before it expires, so no request leaves with one about to lapse. */
export const renewBeforeExpiryMs = 60_000;

/** Runs `task` once for all callers that ask while it is still running. */
export function singleFlight<Result>(task: () => Promise<Result>): () => Promise<Result> {
	let running: Promise<Result> | undefined;
	return () => {
		running ??= task().finally(() => {
			running = undefined;
		});
		return running;
	};
}
