import {describe, expect, test} from 'vitest';
import {daysUntilLoginExpires, loginExpiryWarning} from '../../source/auth/session-lifetime.js';

const loggedInAt = Date.UTC(2026, 4, 22);
const day = 24 * 60 * 60 * 1000;

describe('the six-month login', () => {
	test('counts down from six calendar months after the original login', () => {
		expect(daysUntilLoginExpires(loggedInAt, loggedInAt)).toBe(184);
		expect(daysUntilLoginExpires(loggedInAt, Date.UTC(2026, 10, 21))).toBe(1);
		expect(daysUntilLoginExpires(loggedInAt, Date.UTC(2027, 0, 1))).toBe(0);
	});

	test('warns only when fewer than 14 days are left', () => {
		const expiresAt = Date.UTC(2026, 10, 22);
		expect(loginExpiryWarning(loggedInAt, expiresAt - 15 * day)).toBeUndefined();
		expect(loginExpiryWarning(loggedInAt, expiresAt - 13 * day - 1)).toBe(
			'your Spotify login expires in 13 days (Spotify allows six months): run `musicterminal login` to renew it.',
		);
		expect(loginExpiryWarning(loggedInAt, expiresAt - 1000)).toBe(
			'your Spotify login expires today (Spotify allows six months): run `musicterminal login` to renew it.',
		);
	});
});
