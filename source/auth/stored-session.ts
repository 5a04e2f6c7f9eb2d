import * as v from 'valibot';

/** What a login leaves behind, kept between runs in a 0600 file. */
export type StoredSession = {
	/** The app the tokens belong to; another client_id cannot use them. */
	readonly clientId: string;
	readonly refreshToken: string;
	readonly accessToken: string | undefined;
	/** Milliseconds since the epoch. */
	readonly accessTokenExpiresAt: number | undefined;
	readonly scopes: readonly string[];
	/** When the user consented; Spotify refuses refresh six months later, however often it refreshed. */
	readonly authorizedAt: number;
};

/** Times are stored as milliseconds since the epoch: whole, not negative, and not from the far future. */
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const sessionSchema = v.object({
	clientId: v.pipe(v.string(), v.minLength(1)),
	refreshToken: v.pipe(v.string(), v.minLength(1)),
	accessToken: v.optional(v.string()),
	accessTokenExpiresAt: v.optional(time),
	scopes: v.array(v.string()),
	authorizedAt: time,
});

/** The file's shape: `{"session": {...}}`; `{}` (left by older versions' logout) holds no login. */
const tokenFileSchema = v.object({session: v.optional(sessionSchema)});

/** Clocks drift and get corrected; a day ahead is still believable, more is not. */
const futureToleranceMs = 24 * 60 * 60 * 1000;

export type TokenFileContent = {readonly session: StoredSession | undefined} | {readonly problem: string};

/** tokens.json's text is not a JSON object; the message says so as "it …". */
export class TokenFileFormatError extends Error {
	override readonly name = 'TokenFileFormatError';
}

/** tokens.json's text as the object conf keeps, or a TokenFileFormatError. */
export function parseTokenFileText(text: string): Record<string, unknown> {
	let json: unknown;
	try {
		json = JSON.parse(text) as unknown;
	} catch {
		throw new TokenFileFormatError('it is not valid JSON');
	}

	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		throw new TokenFileFormatError(
			'it does not hold a login musicterminal understands (it is not an object)',
		);
	}

	return json as Record<string, unknown>;
}

/** The login in tokens.json's content, or why it cannot be used (said as "it …"). */
export function readTokenFile(content: unknown, now: number): TokenFileContent {
	const result = v.safeParse(tokenFileSchema, content);
	if (!result.success) {
		const field = v.getDotPath(result.issues[0]);
		return {
			problem: `it does not hold a login musicterminal understands${field === null ? '' : ` (${field} is wrong)`}`,
		};
	}

	const {session} = result.output;
	if (session === undefined) {
		return {session: undefined};
	}

	const latest = now + futureToleranceMs;
	for (const field of ['authorizedAt', 'accessTokenExpiresAt'] as const) {
		const value = session[field];
		if (value !== undefined && value > latest) {
			return {
				problem: `it does not hold a login musicterminal understands (session.${field} is in the future)`,
			};
		}
	}

	return {
		session: {
			...session,
			accessToken: session.accessToken,
			accessTokenExpiresAt: session.accessTokenExpiresAt,
		},
	};
}
