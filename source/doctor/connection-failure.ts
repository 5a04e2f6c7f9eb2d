/** Why a request got no answer, in the terms a person can act on. */
export type ConnectionFailure = {
	readonly kind: 'dns' | 'refused' | 'tls' | 'timeout' | 'dropped' | 'unreachable' | 'other';
	/** A phrase such as "no such host: api.spotify.com does not resolve (DNS, ENOTFOUND)". */
	readonly words: string;
};

const certificateCodes = new Set([
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function describeConnectionFailure(error: unknown, url: URL, timeoutMs: number): ConnectionFailure {
	const code = codeOf(error) ?? codeOf(causeOf(error)) ?? '';
	const message = error instanceof Error ? error.message : String(error);
	const host = url.hostname;
	const address = url.host;
	if (code === 'ENOTFOUND') {
		return {kind: 'dns', words: `no such host: the name ${host} does not resolve (DNS, ENOTFOUND)`};
	}

	if (code === 'EAI_AGAIN') {
		return {kind: 'dns', words: `the DNS lookup of ${host} failed (EAI_AGAIN): no name server answered`};
	}

	if (code === 'ECONNREFUSED' || code === 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION') {
		return {kind: 'refused', words: `connection refused: nothing listens at ${address} (${code})`};
	}

	if (certificateCodes.has(code)) {
		return {kind: 'tls', words: `TLS failed: the certificate of ${host} is not trusted here (${code})`};
	}

	if (code === 'EPROTO' || code.startsWith('ERR_SSL') || /SSL routines|wrong version number/i.test(message)) {
		return {
			kind: 'tls',
			words: `TLS failed: ${address} does not speak TLS (${code || 'handshake failed'}), so it is likely a plain http server`,
		};
	}

	if (code === 'ETIMEDOUT' || (error instanceof Error && error.name === 'TimeoutError')) {
		const seconds = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
		return {kind: 'timeout', words: `no answer from ${address} within ${seconds} (timed out)`};
	}

	if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_HTTP_CONTENT_LENGTH_MISMATCH') {
		return {
			kind: 'dropped',
			words: `${address} dropped the connection before its answer was complete (${code})`,
		};
	}

	if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
		return {kind: 'unreachable', words: `no route to ${address}: the network is down or blocked (${code})`};
	}

	return {kind: 'other', words: code === '' ? message : `${message} (${code})`};
}

/** What to do about a failure to reach `key` (access_token_url, api_url) set in `configName`. */
export function connectionFix(failure: ConnectionFailure, key: string, configName: string): string {
	switch (failure.kind) {
		case 'dns': {
			return `Check your internet connection and DNS; if the name is wrong, correct ${key} in ${configName}.`;
		}

		case 'refused': {
			return `Check the address and port of ${key} in ${configName}, and that the server there is running.`;
		}

		case 'tls': {
			return `Use https:// for Spotify (http:// only for a local sandbox) in ${key}; behind a proxy that inspects TLS, give Node its certificate with NODE_EXTRA_CA_CERTS.`;
		}

		case 'timeout':
		case 'dropped': {
			return 'Check your connection, or a proxy or firewall on the way, and run `musicterminal doctor` again.';
		}

		case 'unreachable': {
			return 'Check that this machine is online (a network, a route, a VPN), then run `musicterminal doctor` again.';
		}

		case 'other': {
			return `Check your connection and ${key} in ${configName}.`;
		}
	}
}

function codeOf(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
		? error.code
		: undefined;
}

function causeOf(error: unknown): unknown {
	return typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
}
