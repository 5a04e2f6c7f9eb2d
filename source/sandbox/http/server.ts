import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {setTimeout as delay} from 'node:timers/promises';
import type {Fault, FaultInjector} from '../faults.js';
import type {Traffic} from '../traffic.js';
import {apiError, html, json, oauthError, type Reply} from './reply.js';
import type {SandboxRequest} from './request.js';
import type {Router} from './router.js';

export type HttpService<Context> = {
	readonly router: Router<Context>;
	readonly context: Context;
	readonly faults: FaultInjector;
	readonly traffic: Traffic;
	/** The server's time for its Date header (a clock tests move), the real time when absent. */
	readonly now?: () => number;
	/** Paths no fault ever touches (the sandbox's own control endpoint). */
	readonly faultFree?: (path: string) => boolean;
};

export type RunningServer = {
	readonly port: number;
	close(): Promise<void>;
};

const maxBodyBytes = 1024 * 1024;

/** Serves the router on 127.0.0.1 only; port 0 picks a free one. */
export async function listen<Context>(service: HttpService<Context>, port: number): Promise<RunningServer> {
	const server = createServer((incoming, outgoing) => {
		void handle(service, incoming, outgoing);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	return {port: (server.address() as AddressInfo).port, close: () => closeServer(server)};
}

async function closeServer(server: Server): Promise<void> {
	const closed = new Promise<void>((resolve) => {
		server.close(() => resolve());
	});
	server.closeAllConnections();
	await closed;
}

async function handle<Context>(
	service: HttpService<Context>,
	incoming: IncomingMessage,
	outgoing: ServerResponse,
): Promise<void> {
	const method = incoming.method ?? 'GET';
	// Absolute, with the port the client reached, so answers can link to themselves.
	const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${incoming.socket.localPort}`);
	const record = service.traffic.begin(method, url);
	outgoing.setHeader('date', new Date(service.now?.() ?? Date.now()).toUTCString());
	outgoing.once('close', () =>
		service.traffic.end(record, outgoing.headersSent ? outgoing.statusCode : undefined),
	);
	try {
		const body = await readBody(incoming);
		const fault =
			service.faultFree?.(url.pathname) === true ? undefined : service.faults.take(method, url.pathname);
		if (
			fault !== undefined &&
			(await answerWithFault(fault, outgoing, {url, headers: incoming.headers, body}))
		) {
			return;
		}

		const reply = await route(service, {method, url, headers: incoming.headers, body, params: {}});
		write(outgoing, reply);
	} catch (error) {
		if (!outgoing.headersSent && !outgoing.destroyed) {
			const message = error instanceof BodyTooLargeError ? 'Request body too large' : 'Server error';
			write(outgoing, apiError(error instanceof BodyTooLargeError ? 413 : 500, message));
		}
	}
}

async function route<Context>(service: HttpService<Context>, request: SandboxRequest): Promise<Reply> {
	const match = service.router.match(request.method, request.url.pathname);
	switch (match.kind) {
		case 'found': {
			return match.handler({...request, params: match.params}, service.context);
		}

		case 'wrong-method': {
			return apiError(405, 'Method not allowed');
		}

		case 'not-found': {
			return apiError(404, 'Service not found');
		}
	}
}

/** Answers with the fault; false when the fault only delays and the normal reply should follow. */
async function answerWithFault(
	fault: Fault,
	outgoing: ServerResponse,
	request: Pick<SandboxRequest, 'url' | 'headers' | 'body'>,
): Promise<boolean> {
	switch (fault.kind) {
		case 'rate-limit': {
			write(
				outgoing,
				apiError(429, 'API rate limit exceeded', undefined, {'retry-after': String(fault.retryAfterSeconds)}),
			);
			return true;
		}

		case 'quota-exceeded': {
			write(outgoing, apiError(429, 'Too many requests', 'QUOTA_EXCEEDED'));
			return true;
		}

		case 'server-error': {
			write(outgoing, serverErrorReply(fault.status, fault.body));
			return true;
		}

		case 'json-answer': {
			write(outgoing, json(fault.status, fault.body));
			return true;
		}

		case 'slow': {
			await delay(fault.delayMs);
			return outgoing.destroyed;
		}

		case 'truncated-body': {
			const body = JSON.stringify({items: Array.from({length: 20}, (_, index) => ({index}))});
			outgoing.writeHead(200, {
				'content-type': 'application/json; charset=utf-8',
				'content-length': body.length,
			});
			outgoing.write(body.slice(0, body.length / 2), () => outgoing.destroy());
			return true;
		}

		case 'drop-connection': {
			outgoing.destroy();
			return true;
		}

		case 'not-json': {
			write(
				outgoing,
				html(200, '<html><head><title>Sign in to the network</title></head><body></body></html>'),
			);
			return true;
		}

		case 'echo': {
			write(outgoing, echoReply(fault.status, request));
			return true;
		}
	}
}

/** An error that repeats what the request carried, in the shape of the service it came to. */
function echoReply(
	status: number,
	{url, headers, body}: Pick<SandboxRequest, 'url' | 'headers' | 'body'>,
): Reply {
	const authorization =
		headers.authorization === undefined ? 'no Authorization' : `Authorization: ${headers.authorization}`;
	const message = `Malformed request. You sent ${authorization} and ${body === '' ? 'no body' : `the body ${body}`}`;
	return url.pathname === '/api/token'
		? oauthError(status, 'invalid_request', message)
		: apiError(status, message);
}

const statusTexts: Record<number, string> = {
	500: 'Server error',
	502: 'Bad gateway',
	503: 'Service unavailable',
};

function serverErrorReply(status: number, kind: 'json' | 'html' | 'empty'): Reply {
	const text = statusTexts[status] ?? 'Server error';
	switch (kind) {
		case 'json': {
			return apiError(status, text);
		}

		case 'html': {
			return html(
				status,
				`<html><head><title>${status} ${text}</title></head><body><h1>${text}</h1></body></html>`,
			);
		}

		case 'empty': {
			return {status};
		}
	}
}

function write(outgoing: ServerResponse, reply: Reply): void {
	if (outgoing.destroyed) {
		return;
	}

	const body = reply.body ?? '';
	outgoing.writeHead(reply.status, {
		...reply.headers,
		...(reply.status === 204 ? {} : {'content-length': Buffer.byteLength(body)}),
	});
	outgoing.end(reply.status === 204 ? undefined : body);
}

class BodyTooLargeError extends Error {}

async function readBody(incoming: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of incoming) {
		const buffer = chunk as Buffer;
		size += buffer.length;
		if (size > maxBodyBytes) {
			throw new BodyTooLargeError();
		}

		chunks.push(buffer);
	}

	return Buffer.concat(chunks).toString('utf8');
}
