import {afterEach} from 'vitest';
import type {Sandbox} from '../../source/sandbox/sandbox.js';
import {startTokenProxyServer, type TokenProxy} from './token-proxy-server.js';

export type {TokenProxy} from './token-proxy-server.js';

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
	await Promise.all(closers.splice(0).map(async (close) => close()));
});

/** A proxy in front of the sandbox's token endpoint for one test, stopped after it. */
export async function startTokenProxy(sandbox: Sandbox): Promise<TokenProxy> {
	const {proxy, close} = await startTokenProxyServer(sandbox);
	closers.push(close);
	return proxy;
}
