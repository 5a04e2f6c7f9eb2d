const dayMs = 24 * 60 * 60 * 1000;
const warnWhenDaysLeft = 14;

/** Spotify refuses to refresh six months after the original login, however often the app refreshed. */
export function loginExpiresAt(authorizedAt: number): number {
	const date = new Date(authorizedAt);
	date.setUTCMonth(date.getUTCMonth() + 6);
	return date.getTime();
}

export function daysUntilLoginExpires(authorizedAt: number, now: number): number {
	return Math.max(0, Math.floor((loginExpiresAt(authorizedAt) - now) / dayMs));
}

/** A sentence for the user when the six months are nearly up, else undefined. */
export function loginExpiryWarning(authorizedAt: number, now: number): string | undefined {
	const days = daysUntilLoginExpires(authorizedAt, now);
	if (days >= warnWhenDaysLeft) {
		return undefined;
	}

	const when = days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
	return `your Spotify login expires ${when} (Spotify allows six months): run \`musicterminal login\` to renew it.`;
}
