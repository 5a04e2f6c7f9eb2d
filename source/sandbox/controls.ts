/** Switches a test (or the demo) flips to make the sandbox behave one way or another. */
export type SandboxControls = {
	/** What the test user answers on the consent page. */
	consent: 'approve' | 'deny';
	/** What a refresh_token grant does with the refresh token. */
	refreshTokenMode: 'keep' | 'rotate' | 'omit';
	accessTokenLifetimeSeconds: number;
	/** Time after the original login when refresh answers invalid_grant (Spotify: six months). */
	refreshTokenMaxAgeSeconds: number;
	/** A free user gets PREMIUM_REQUIRED on every playback command. */
	premium: boolean;
	/** Add `iss` to the authorization callback, as some servers do. */
	issuerInCallback: boolean;
	/** Development Mode: whether the test user is on the app's allow-list of at most five users. */
	userAllowListed: boolean;
	/** Development Mode: whether the app owner has Premium; without it every Web API call is refused. */
	ownerPremium: boolean;
	/**
	 * What paging objects say in `total`: the truth, or (as Spotify now and then does) more or fewer
	 * than the pages hold. `next` links always follow the pages.
	 */
	pageTotals: PageTotals;
};

export const pageTotalsModes = ['exact', 'more', 'fewer'] as const;
export type PageTotals = (typeof pageTotalsModes)[number];

const sixMonthsInSeconds = 183 * 24 * 60 * 60;

export function defaultControls(overrides: Partial<SandboxControls> = {}): SandboxControls {
	return {
		consent: 'approve',
		refreshTokenMode: 'omit',
		accessTokenLifetimeSeconds: 3600,
		refreshTokenMaxAgeSeconds: sixMonthsInSeconds,
		premium: true,
		issuerInCallback: false,
		userAllowListed: true,
		ownerPremium: true,
		pageTotals: 'exact',
		...overrides,
	};
}
