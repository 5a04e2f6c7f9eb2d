const plainWords: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'no such host',
	EAI_AGAIN: 'name lookup failed',
	ETIMEDOUT: 'timed out',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	EPIPE: 'connection closed',
	// Node 24 reports a refused connection this way after a retry.
	ERR_SOCKET_CLOSED_BEFORE_CONNECTION: 'could not connect',
	ERR_GOT_REQUEST_ERROR: 'request failed',
	// https to a server that speaks plain http (or the other way round).
	EPROTO:
		'TLS failed: the server does not speak TLS, so it is likely a plain http server, and the address wants http://',
	// got 15 and later check a body against its Content-Length.
	ERR_HTTP_CONTENT_LENGTH_MISMATCH: 'the answer was cut off',
};

/** A short reason for a failed connection, such as "connection refused, ECONNREFUSED". */
export function networkFailureReason(error: unknown): string {
	const code = errorCode(error) ?? errorCode((error as {cause?: unknown} | undefined)?.cause);
	if (code === undefined) {
		return error instanceof Error ? error.message : String(error);
	}

	const words = plainWords[code];
	return words === undefined ? code : `${words}, ${code}`;
}

function errorCode(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
		return error.code;
	}

	return undefined;
}
