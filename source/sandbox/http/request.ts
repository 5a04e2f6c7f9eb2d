import type {IncomingHttpHeaders} from 'node:http';

export type SandboxRequest = {
	readonly method: string;
	readonly url: URL;
	readonly headers: IncomingHttpHeaders;
	readonly body: string;
	/** Path parameters named in the route pattern, such as `id` in `/v1/albums/:id`. */
	readonly params: Readonly<Record<string, string>>;
};

/** The form fields of an `application/x-www-form-urlencoded` body; anything else reads as empty. */
export function formFields(request: SandboxRequest): URLSearchParams {
	const type = request.headers['content-type'] ?? '';
	return type.startsWith('application/x-www-form-urlencoded')
		? new URLSearchParams(request.body)
		: new URLSearchParams();
}

/** The parsed JSON body, `undefined` when empty, or an Error when it is not JSON. */
export function jsonBody(request: SandboxRequest): unknown {
	if (request.body.trim() === '') {
		return undefined;
	}

	try {
		return JSON.parse(request.body) as unknown;
	} catch (error) {
		return error instanceof Error ? error : new Error('invalid JSON');
	}
}
