import {apiError, type Reply} from '../http/reply.js';
import type {Caller} from './caller.js';

/** The sandbox's test user lives here; `market=from_token` means this for a user token. */
export const userCountry = 'SE';

/**
 * The market a catalog answer is for: an explicit country code, the user's country for
 * `from_token` with a user token, or undefined (no relinking, no `is_playable`).
 */
export function readMarket(url: URL, caller: Caller): string | undefined | Reply {
	const market = url.searchParams.get('market');
	if (market === null) {
		return undefined;
	}

	if (market === 'from_token') {
		return caller.kind === 'user' ? userCountry : undefined;
	}

	return /^[A-Z]{2}$/.test(market) ? market : apiError(400, 'Invalid market code');
}
