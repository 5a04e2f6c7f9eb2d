import {randomBytes} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {Redactor, redactedMark} from '../../source/format/redact.js';

// Secrets in the forms Spotify issues them (SPOTIFY.md): access tokens of about 200 characters of
// base64url after BQ, refresh tokens after AQ, codes longer still, 32-hex client secrets, and the
// Basic credentials made of the client id and secret.
const clientId = randomBytes(16).toString('hex');
const clientSecret = randomBytes(16).toString('hex');
const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
const accessToken = `BQD${randomBytes(150).toString('base64url')}`;
const refreshToken = `AQ${randomBytes(96).toString('base64url')}`;
const code = `AQ${randomBytes(228).toString('base64url')}`;
const verifier = randomBytes(64).toString('base64url');

function redactor(...secrets: string[]): Redactor {
	const made = new Redactor();
	for (const secret of [clientSecret, basic, accessToken, refreshToken, code, verifier, ...secrets]) {
		made.remember(secret);
	}

	return made;
}

const mark = redactedMark;

describe('the secrets it knows', () => {
	test.each([
		['an access token', accessToken],
		['a refresh token', refreshToken],
		['a client secret', clientSecret],
		['an authorization code', code],
		['a PKCE verifier', verifier],
		['Basic credentials', basic],
	])('%s, whole, in a sentence', (_name, secret) => {
		expect(redactor().redact(`Malformed request (${secret}); try again.`)).toBe(
			`Malformed request (${mark}); try again.`,
		);
	});

	test('with nothing around it or between two of them', () => {
		const text = `x${accessToken}${refreshToken}y${clientSecret}`;
		expect(redactor().redact(text)).toBe(`x${mark}${mark}y${mark}`);
		expect(redactor().redact(accessToken)).toBe(mark);
	});

	test('in a URL, as a query value or in the path', () => {
		const url = `http://127.0.0.1:8888/callback?code=${code}&state=abc&iss=x`;
		expect(redactor().redact(`Not the address: ${url}`)).toBe(
			`Not the address: http://127.0.0.1:8888/callback?code=${mark}&state=abc&iss=x`,
		);
		expect(redactor().redact(`https://example.com/t/${accessToken}/x`)).toBe(
			`https://example.com/t/${mark}/x`,
		);
	});

	test('percent-encoded, in capitals or not', () => {
		const encoded = encodeURIComponent(basic);
		expect(encoded).toContain('%3D');
		const lower = encoded.replaceAll(/%[0-9A-F]{2}/g, (percent) => percent.toLowerCase());
		expect(redactor().redact(`GET /x?auth=${encoded}&again=${lower}`)).toBe(
			`GET /x?auth=${mark}&again=${mark}`,
		);
	});

	test('JSON-escaped, in JSON and in JSON within JSON, with / escaped or not', () => {
		const secret = 'Se"cr/et\\value-1234';
		const json = JSON.stringify({message: `You sent ${secret} and ${accessToken}`});
		expect(JSON.parse(redactor(secret).redact(json))).toEqual({message: `You sent ${mark} and ${mark}`});
		const nested = JSON.stringify({error: JSON.stringify({refresh: refreshToken, secret})});
		const redacted = redactor(secret).redact(nested);
		expect(redacted).not.toContain(refreshToken);
		expect(JSON.parse(JSON.parse(redacted).error)).toEqual({refresh: mark, secret: mark});
		expect(redactor().redact(`{"basic":"${basic.replaceAll('/', '\\/')}"}`)).toBe(`{"basic":"${mark}"}`);
	});

	test('cut short at its end (…) or at its start, as excerpts and columns cut text', () => {
		expect(redactor().redact(`Bearer-less ${accessToken.slice(0, 40)}…`)).toBe(`Bearer-less ${mark}…`);
		expect(redactor().redact(`…${refreshToken.slice(-30)} and more`)).toBe(`…${mark} and more`);
	});

	test('wrapped over lines, with escape sequences and padding between the pieces', () => {
		const pieces = [accessToken.slice(0, 60), accessToken.slice(60, 160), accessToken.slice(160)];
		const frame = `\u001B[31mYou sent ${pieces[0]}\u001B[39m\n\u001B[31m${pieces[1]}\u001B[39m\n  \u001B[31m${pieces[2]}, HTTP 400\u001B[39m`;
		const redacted = redactor().redact(frame);
		expect(redacted).toBe(
			`\u001B[31mYou sent ${mark}\u001B[39m\n\u001B[31m\u001B[39m\n  \u001B[31m, HTTP 400\u001B[39m`,
		);
	});

	test('a token replaced stays known: the previous one and the new one both go', () => {
		const next = `BQD${randomBytes(150).toString('base64url')}`;
		const known = redactor(next);
		expect(known.redact(`${accessToken} then ${next}`)).toBe(`${mark} then ${mark}`);
	});

	test('text without any passes unchanged, the same string, and redacting twice changes nothing more', () => {
		const text = `musicterminal › Search\n› The Endless Archive Orchestra  ${'x'.repeat(3000)}`;
		expect(redactor().redact(text)).toBe(text);
		expect(new Redactor().redact(text)).toBe(text);
		const once = redactor().redact(`a ${accessToken} b Bearer ${refreshToken} code=${code}`);
		expect(redactor().redact(once)).toBe(once);
		expect(once).toBe(`a ${mark} b Bearer ${mark} code=${mark}`);
	});

	test('values too short to tell from words are not taken', () => {
		const known = new Redactor();
		known.remember('abc');
		known.remember('');
		known.remember(undefined);
		expect(known.redact('abc is fine')).toBe('abc is fine');
	});
});

describe('credentials from servers that are not ours', () => {
	const none = new Redactor();

	test.each([
		['Authorization: Bearer eyJhbGciOi.J9-x_y~z+/==', `Authorization: Bearer ${mark}`],
		['authorization: bearer abc123', `authorization: bearer ${mark}`],
		['You sent Basic dXNlcjpwYXNzd29yZA== and', `You sent Basic ${mark} and`],
		[
			'grant_type=refresh_token&refresh_token=AQxyz-123&x=1',
			`grant_type=refresh_token&refresh_token=${mark}&x=1`,
		],
		[
			'?access_token=BQabc&client_secret=0f0f0f&code_verifier=v3r1f13r',
			`?access_token=${mark}&client_secret=${mark}&code_verifier=${mark}`,
		],
		['redirect?code=AQabcdefghijk&state=s', `redirect?code=${mark}&state=s`],
		[
			'{"access_token": "BQ123", "token_type": "Bearer"}',
			`{"access_token": "${mark}", "token_type": "Bearer"}`,
		],
		['{\\"refresh_token\\":\\"AQ123\\"}', `{\\"refresh_token\\":\\"${mark}\\"}`],
		[
			'proxy at https://ada:s3cr3t-pw@proxy.example:8080/x',
			`proxy at https://ada:${mark}@proxy.example:8080/x`,
		],
	])('%s', (text, redacted) => {
		expect(none.redact(text)).toBe(redacted);
	});

	test.each([
		'Login uses Basic auth with the client secret',
		'Only valid bearer authentication supported',
		'the token_type is Bearer',
		'status code=500',
		'response_type=code&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
	])('prose and public values stay: %s', (text) => {
		expect(none.redact(text)).toBe(text);
	});
});
