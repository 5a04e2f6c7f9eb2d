// A small seeded pseudo-random generator (sfc32), so the same seed always builds the same catalog.

const spotifyIdLength = 22;
const base62CharCodes = Array.from(
	'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
	(character) => character.charCodeAt(0),
);
const zeroCharCode = 48;
const idBuffer = new Uint8Array(spotifyIdLength);
const latin1 = new TextDecoder('latin1');
const base62DigitsPerDraw = 5;
const base62DigitsPerDrawRange = 62 ** base62DigitsPerDraw;

export class SeededRandom {
	#a: number;
	#b: number;
	#c: number;
	#counter: number;

	constructor(seed: number) {
		// Spread the seed over the state so nearby seeds give unrelated sequences.
		const mixed = Math.trunc(seed) >>> 0;
		this.#a = (0x9e_37_79_b9 ^ mixed) >>> 0;
		this.#b = (0x24_3f_6a_88 ^ Math.imul(mixed, 0x85_eb_ca_6b)) >>> 0;
		this.#c = (0xb7_e1_51_62 ^ Math.imul(mixed ^ (mixed >>> 16), 0xc2_b2_ae_35)) >>> 0;
		this.#counter = 1;
		for (let warmUp = 0; warmUp < 15; warmUp++) {
			this.nextUint32();
		}
	}

	/** A uniformly distributed integer in [0, 2^32). */
	nextUint32(): number {
		const result = (((this.#a + this.#b) | 0) + this.#counter) | 0;
		this.#counter = (this.#counter + 1) | 0;
		this.#a = this.#b ^ (this.#b >>> 9);
		this.#b = (this.#c + (this.#c << 3)) | 0;
		this.#c = (this.#c << 21) | (this.#c >>> 11);
		this.#c = (this.#c + result) | 0;
		return result >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		return this.nextUint32() / 4_294_967_296;
	}

	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `probability`. */
	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<Item>(items: readonly Item[]): Item {
		const item = items[Math.floor(this.next() * items.length)];
		if (item === undefined) {
			throw new RangeError('Cannot pick from an empty list');
		}

		return item;
	}

	/** A new array with the items in a random order (Fisher-Yates). */
	shuffled<Item>(items: readonly Item[]): Item[] {
		const result = [...items];
		for (let index = result.length - 1; index > 0; index--) {
			const other = this.int(0, index);
			const item = result[index] as Item;
			result[index] = result[other] as Item;
			result[other] = item;
		}

		return result;
	}

	/** `length` characters of 0-9. */
	digits(length: number): string {
		let text = '';
		for (let filled = 0; filled < length; filled += 6) {
			const count = Math.min(6, length - filled);
			text += String(this.int(0, 10 ** count - 1)).padStart(count, '0');
		}

		return text;
	}

	/** A Spotify-shaped id: 22 characters of base62. */
	base62Id(): string {
		// Five digits from each draw, written into one reused buffer: this runs for every artist, album
		// and track, and building the strings piece by piece kept the garbage collector busy.
		let filled = 0;
		while (filled < spotifyIdLength) {
			let value = this.nextUint32() % base62DigitsPerDrawRange;
			for (let digit = 0; digit < base62DigitsPerDraw && filled < spotifyIdLength; digit++) {
				idBuffer[filled++] = base62CharCodes[value % 62] ?? zeroCharCode;
				value = Math.floor(value / 62);
			}
		}

		return latin1.decode(idBuffer);
	}
}
