import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {redact} from '../format/redact.js';

/** A 429 Too Many Requests the Web API answered, as every musicterminal process of the user sees it. */
export type RateLimitSeen = {
	/** When it was answered, in milliseconds since the epoch. */
	readonly at: number;
	/** How long Spotify asked to wait; undefined when it did not say. */
	readonly retryAfterSeconds: number | undefined;
	/** Spotify's `reason`, such as QUOTA_EXCEEDED, when it gave one. */
	readonly reason: string | undefined;
	/** The request that met it, such as `GET /v1/me/player`: a path, never a query or a token. */
	readonly request: string;
};

const fileName = 'rate-limit.json';

/** Where the last 429 is kept: beside the token store, so every process of the user reads the same. */
export function rateLimitRecordPath(directory: string): string {
	return join(directory, fileName);
}

/** The last 429 seen by any process, or undefined when none was (or the file is not ours to read). */
export function readRateLimitRecord(directory: string): RateLimitSeen | undefined {
	let text: string;
	try {
		text = readFileSync(rateLimitRecordPath(directory), 'utf8');
	} catch {
		return undefined;
	}

	return parseRecord(text);
}

/** Until when the 429 asked every request to wait; undefined when it did not say. */
export function rateLimitedUntil(seen: RateLimitSeen | undefined): number | undefined {
	return seen?.retryAfterSeconds === undefined ? undefined : seen.at + seen.retryAfterSeconds * 1000;
}

/**
 * Remembers each 429 in the directory. The file is replaced whole (written aside, then renamed),
 * so a reader never sees half of it; written at once, so a command that ends on the 429 still
 * leaves it. Nothing happens on any other answer, and a failed write costs only the record.
 */
export function rateLimitRecorder(directory: string): (seen: RateLimitSeen) => void {
	return (seen) => {
		try {
			writeRateLimitRecord(directory, seen);
		} catch {
			// The record is a help for `musicterminal doctor`, never worth failing a request for.
		}
	};
}

/** Replaces the record with `seen`, readable by its owner only. */
export function writeRateLimitRecord(directory: string, seen: RateLimitSeen): void {
	const path = rateLimitRecordPath(directory);
	const aside = `${path}.${process.pid}.tmp`;
	try {
		mkdirSync(directory, {recursive: true, mode: 0o700});
		// The server's reason is its text: kept as every text written is, without a secret.
		writeFileSync(aside, redact(`${JSON.stringify(seen)}\n`), {mode: 0o600});
		renameSync(aside, path);
	} catch (error) {
		rmSync(aside, {force: true});
		throw error;
	}
}

function parseRecord(text: string): RateLimitSeen | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}

	if (typeof value !== 'object' || value === null) {
		return undefined;
	}

	const {at, retryAfterSeconds, reason, request} = value as Record<string, unknown>;
	if (typeof at !== 'number' || typeof request !== 'string') {
		return undefined;
	}

	return {
		at,
		retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
		reason: typeof reason === 'string' ? reason : undefined,
		request,
	};
}
