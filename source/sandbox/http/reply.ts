/** What a sandbox handler answers; the server writes it (or a fault replaces it). */
export type Reply = {
	readonly status: number;
	readonly headers?: Readonly<Record<string, string>>;
	readonly body?: string;
};

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
	return {
		status,
		headers: {'content-type': 'application/json; charset=utf-8', ...headers},
		body: JSON.stringify(value),
	};
}

export function noContent(): Reply {
	return {status: 204};
}

export function html(status: number, text: string): Reply {
	return {status, headers: {'content-type': 'text/html; charset=utf-8'}, body: text};
}

export function redirect(location: string): Reply {
	return {status: 302, headers: {location}};
}

/** Web API error body: `{"error": {"status", "message", "reason"?}}`. */
export function apiError(
	status: number,
	message: string,
	reason?: string,
	headers?: Record<string, string>,
): Reply {
	const error = reason === undefined ? {status, message} : {status, message, reason};
	return json(status, {error}, headers);
}

/** Accounts service error body: `{"error", "error_description"}`. */
export function oauthError(status: number, error: string, description: string): Reply {
	return json(status, {error, error_description: description});
}

export function isReply(value: unknown): value is Reply {
	return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}
