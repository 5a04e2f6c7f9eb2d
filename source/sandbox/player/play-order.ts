import {createHash} from 'node:crypto';

/** Positions 0..count-1 in context order. */
export function contextOrder(count: number): number[] {
	return Array.from({length: count}, (_, index) => index);
}

/**
 * A shuffled order that starts at `first`: the same for the same context and track list every
 * time, so tests and the demo see one order, while different contexts shuffle differently.
 */
export function shuffledOrder(count: number, first: number, seed: string): number[] {
	const weight = (index: number) => createHash('sha1').update(`${seed}:${index}`).digest().readUInt32BE(0);
	const rest = contextOrder(count)
		.filter((index) => index !== first)
		.map((index) => ({index, weight: weight(index)}))
		.sort((a, b) => a.weight - b.weight || a.index - b.index)
		.map(({index}) => index);
	return [first, ...rest];
}
