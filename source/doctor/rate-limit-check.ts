import {type RateLimitSeen, rateLimitedUntil, readRateLimitRecord} from '../spotify/rate-limit-record.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';
import {spanWords, utcMinute} from './time-words.js';

const title = 'Rate limit';
const recentMs = 24 * 60 * 60 * 1000;

/** The last 429 any musicterminal process met (this run's included), and whether its wait is over. */
export function checkRateLimit(directory: string, now: number): CheckResult {
	const seen = readRateLimitRecord(directory);
	if (seen === undefined) {
		return pass('rate-limit', title, 'no 429 (Too Many Requests) seen');
	}

	const what = describe(seen, now);
	const until = rateLimitedUntil(seen);
	const quota = seen.reason === 'QUOTA_EXCEEDED';
	if ((until !== undefined && until > now) || (quota && now - seen.at < 60 * 60 * 1000)) {
		return failure(
			'rate-limit',
			title,
			`${what}; ${until !== undefined && until > now ? `Spotify refuses requests until ${utcMinute(until)}, ${spanWords(until - now)} from now` : 'requests are refused until the quota recovers'}`,
			quota
				? "Wait, or use another app's client_id; keep fewer musicterminal windows and --follow commands open on one app."
				: 'Wait that long; fewer musicterminal windows and --follow commands on one app, or a larger poll_interval, keep it from coming back.',
		);
	}

	if (now - seen.at < recentMs) {
		return warning(
			'rate-limit',
			title,
			`${what}; the wait is over`,
			'If it comes back, keep fewer musicterminal windows and --follow commands open on one app, or raise poll_interval.',
		);
	}

	return pass('rate-limit', title, `${what}; long over`);
}

function describe(seen: RateLimitSeen, now: number): string {
	const wait =
		seen.retryAfterSeconds === undefined ? 'no Retry-After' : `Retry-After ${seen.retryAfterSeconds} s`;
	const reason = seen.reason === undefined ? '' : `, ${seen.reason}`;
	return `the last 429 was ${spanWords(now - seen.at)} ago (${utcMinute(seen.at)}), on ${seen.request} (${wait}${reason})`;
}
