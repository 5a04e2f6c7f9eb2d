import {createServer} from 'node:http';
import type {Sandbox} from '../../source/sandbox/sandbox.js';

export type TokenProxy = {
	/** The token endpoint to put in the config: `http://127.0.0.1:PORT/api/token`. */
	readonly url: string;
	/** Resolves when the next token request arrives; it waits for `release` before going on to the sandbox. */
	holdNext(): Promise<{release(): void}>;
	/** Called with each answer's JSON the moment it has been handed to the client's socket. */
	onAnswer: ((body: Record<string, unknown>) => void) | undefined;
};

/**
 * A proxy in front of the sandbox's token endpoint, to hold a request or act right after an
 * answer; `close` stops it.
 */
export async function startTokenProxyServer(
	sandbox: Sandbox,
): Promise<{proxy: TokenProxy; close(): Promise<void>}> {
	let hold: ((held: {release(): void}) => void) | undefined;
	const proxy: TokenProxy = {
		url: '',
		async holdNext() {
			return new Promise((resolve) => {
				hold = resolve;
			});
		},
		onAnswer: undefined,
	};
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', async () => {
			if (hold !== undefined) {
				const held = hold;
				hold = undefined;
				await new Promise<void>((release) => {
					held({release});
				});
			}

			const upstream = await fetch(`${sandbox.origin}/api/token`, {
				method: 'POST',
				headers: {
					'content-type': request.headers['content-type'] ?? '',
					...(request.headers.authorization === undefined
						? {}
						: {authorization: request.headers.authorization}),
				},
				body: Buffer.concat(chunks),
			});
			const text = await upstream.text();
			response.writeHead(upstream.status, {'content-type': 'application/json'});
			response.end(text, () => {
				proxy.onAnswer?.(JSON.parse(text) as Record<string, unknown>);
			});
		});
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address();
	const port = typeof address === 'object' && address !== null ? address.port : 0;
	return {
		proxy: Object.assign(proxy, {url: `http://127.0.0.1:${port}/api/token`}),
		close: async () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
