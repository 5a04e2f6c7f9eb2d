// Secrets never leave the process, however they got into a text: a server that repeats the request
// in its error (some proxies, captive portals and gateways do), an exception's message, a URL. The
// secrets are registered where they enter (the config, token answers, the token store, the login),
// and every text written passes `redact` last. Credentials that are not ours (a Bearer or Basic
// value, `access_token=` in an echoed query or form) go too.

/** What a secret becomes. */
export const redactedMark = '[redacted]';

// Any piece this long of a secret's start or end goes: a text cut short (`…`) keeps one. Shorter
// pieces give nothing away, and are too short to be told from other text; a shorter secret is
// found whole only, and one shorter than `shortestSecret` not at all: it would match words.
const shortestPiece = 12;
const shortestSecret = 8;
// A secret wrapped over lines goes on within this many characters (escape sequences, the rest of
// the line, a border), down to a last piece of `shortestLastPiece`.
const widestGap = 512;
const shortestLastPiece = 6;
// A long session renews its access token every hour; the oldest are forgotten past this many.
const mostSecrets = 64;

type Span = {start: number; end: number; continued: boolean};

/** An odd run of backslashes at the end: the last one escapes the character after. */
const endsInEscape = /(?:^|[^\\])(?:\\\\)*\\$/;

/**
 * The secrets known so far, and the text with each of them (and credentials that look like one)
 * replaced by `[redacted]`. Their forms are worked out when one is remembered, never per text.
 */
export class Redactor {
	readonly #secrets: string[] = [];
	/** Each secret as text may carry it: as it is, percent-encoded, JSON-escaped. Longest first. */
	#forms: readonly string[] = [];

	/** Takes `secret` from now on; nothing happens for undefined, one already known, or one too short. */
	remember(secret: string | undefined): void {
		if (secret === undefined || secret.length < shortestSecret || this.#secrets.includes(secret)) {
			return;
		}

		this.#secrets.push(secret);
		if (this.#secrets.length > mostSecrets) {
			this.#secrets.shift();
		}

		this.#forms = [...new Set(this.#secrets.flatMap(formsOf))].toSorted((a, b) => b.length - a.length);
	}

	redact(text: string): string {
		const known = this.#forms.length === 0 ? text : withoutSpans(text, this.#spansIn(text));
		return known.replace(notOurs, redactCredential);
	}

	#spansIn(text: string): Span[] {
		const spans: Span[] = [];
		for (const form of this.#forms) {
			if (form.length < shortestPiece) {
				for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
					spans.push({start: at, end: at + form.length, continued: false});
				}

				continue;
			}

			const head = form.slice(0, shortestPiece);
			for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + shortestPiece)) {
				const matched = matchingForward(text, at, form, 0);
				spans.push({start: at, end: at + matched, continued: false});
				spans.push(...continuations(text, at + matched, form, matched));
			}

			const tail = form.slice(-shortestPiece);
			for (let at = text.indexOf(tail); at !== -1; at = text.indexOf(tail, at + shortestPiece)) {
				if (spans.some((span) => span.start <= at && at < span.end)) {
					continue;
				}

				let start = at;
				let inForm = form.length - shortestPiece;
				while (start > 0 && inForm > 0 && text[start - 1] === form[inForm - 1]) {
					start -= 1;
					inForm -= 1;
				}

				spans.push({start, end: at + shortestPiece, continued: false});
			}
		}

		return spans;
	}
}

/** How many characters of `form` from `inForm` on stand in `text` from `at` on. */
function matchingForward(text: string, at: number, form: string, inForm: number): number {
	let length = 0;
	while (inForm + length < form.length && text[at + length] === form[inForm + length]) {
		length += 1;
	}

	return length;
}

/** The rest of a secret that a wrapped line carries on, piece by piece, on the lines after. */
function continuations(text: string, from: number, form: string, done: number): Span[] {
	const spans: Span[] = [];
	let position = from;
	let inForm = done;
	while (inForm < form.length) {
		const piece = form.slice(inForm, inForm + shortestPiece);
		// A last piece this short gives nothing away, and could be found in any word.
		if (piece.length < shortestLastPiece) {
			break;
		}

		const at = text.indexOf(piece, position);
		if (at === -1 || at - position > widestGap) {
			break;
		}

		const matched = matchingForward(text, at, form, inForm);
		spans.push({start: at, end: at + matched, continued: true});
		position = at + matched;
		inForm += matched;
	}

	return spans;
}

/** `text` with each span replaced: the first piece of a secret by the mark, pieces after it by nothing. */
function withoutSpans(text: string, spans: Span[]): string {
	if (spans.length === 0) {
		return text;
	}

	spans.sort((a, b) => a.start - b.start);
	let result = '';
	let position = 0;
	let index = 0;
	while (index < spans.length) {
		const first = spans[index] as Span;
		let {end, continued} = first;
		index += 1;
		while (index < spans.length && (spans[index] as Span).start < end) {
			const next = spans[index] as Span;
			end = Math.max(end, next.end);
			continued &&= next.continued;
			index += 1;
		}

		// A secret in JSON keeps the string valid: the backslashes escaping its first character go
		// with it, and so does the character its last backslash escapes.
		let start = first.start;
		while (start > position && text[start - 1] === '\\') {
			start -= 1;
		}

		if (endsInEscape.test(text.slice(start, end))) {
			end += 1;
		}

		result += text.slice(position, start) + (continued ? '' : redactedMark);
		position = end;
	}

	return result + text.slice(position);
}

/** A secret as it may stand in text: itself, in a URL, in JSON (with `/` escaped or not) and in JSON within JSON. */
function formsOf(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	const json = jsonEscaped(secret);
	return [
		...new Set([
			secret,
			encoded,
			encoded.replaceAll(/%[0-9A-F]{2}/g, (percent) => percent.toLowerCase()),
			json,
			json.replaceAll('/', '\\/'),
			jsonEscaped(json),
		]),
	];
}

function jsonEscaped(text: string): string {
	return JSON.stringify(text).slice(1, -1);
}

// `Bearer <token>`, `Basic <base64>`, `access_token=…` in a query or form, `"refresh_token": "…"`
// in JSON (escaped in JSON too) and the password in a URL (`https://user:password@host`): from
// anyone, ours or not.
const notOurs =
	/\b(Bearer|Basic)(\s+)([A-Za-z0-9\-._~+/]+=*)|(:\/\/[^\s/:@]+:)([^\s/@]+)@|(?<![\w-])(access_token|refresh_token|id_token|client_secret|code_verifier|code)=([^&\s"'<>\\),;[][^&\s"'<>\\),;]*)|(\\?"(?:access_token|refresh_token|id_token|client_secret|code_verifier|code)\\?"\s*:\s*\\?")([^"\\[][^"\\]*)/gi;

// A word after Bearer or Basic ("Basic auth", "bearer authentication") is prose, not a credential.
const plainWord = /^[A-Za-z][a-z]*$/;
// `code=` is also any other code (`status code=500`); an authorization code is long.
const shortestCode = 8;

function redactCredential(
	whole: string,
	scheme: string | undefined,
	space: string | undefined,
	credential: string | undefined,
	userinfo: string | undefined,
	password: string | undefined,
	key: string | undefined,
	value: string | undefined,
	jsonKey: string | undefined,
	jsonValue: string | undefined,
): string {
	if (scheme !== undefined && credential !== undefined) {
		return plainWord.test(credential) ? whole : `${scheme}${space ?? ' '}${redactedMark}`;
	}

	if (userinfo !== undefined && password !== undefined) {
		return password === redactedMark ? whole : `${userinfo}${redactedMark}@`;
	}

	if (key !== undefined && value !== undefined) {
		return key.toLowerCase() === 'code' && value.length < shortestCode ? whole : `${key}=${redactedMark}`;
	}

	return jsonKey !== undefined && jsonValue !== undefined ? `${jsonKey}${redactedMark}` : whole;
}

/** The process's secrets: every text musicterminal writes passes this one redactor. */
const processSecrets = new Redactor();

/** `text` without any secret this process knows, nor anything that looks like a credential. */
export function redact(text: string): string {
	return processSecrets.redact(text);
}

/** A token, code or verifier to keep out of everything written, from the moment it is known. */
export function rememberSecret(secret: string | undefined): void {
	processSecrets.remember(secret);
}

/** The client secret, and the Basic credentials made of it, which the accounts service may repeat. */
export function rememberClientSecret(clientId: string, clientSecret: string | undefined): void {
	if (clientSecret === undefined) {
		return;
	}

	processSecrets.remember(clientSecret);
	processSecrets.remember(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
}
