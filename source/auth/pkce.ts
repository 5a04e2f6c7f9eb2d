import {createHash, randomBytes} from 'node:crypto';

export type PkcePair = {readonly verifier: string; readonly challenge: string};

/** A verifier of 86 characters from [A-Za-z0-9-_] and its S256 challenge. */
export function createPkcePair(): PkcePair {
	const verifier = randomBytes(64).toString('base64url');
	return {verifier, challenge: createHash('sha256').update(verifier).digest('base64url')};
}

/** A state value the callback must bring back unchanged. */
export function createState(): string {
	return randomBytes(16).toString('base64url');
}
