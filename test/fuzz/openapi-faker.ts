import {SeededRandom} from '../../source/sandbox/catalog/random.js';
import {removedByType} from '../helpers/spotify-contract.js';

// Random values that an OpenAPI 3.0 schema allows, from a seed: the keywords Spotify's description
// uses ($ref, allOf, oneOf, type, properties, required, items, enum, nullable, minimum, maximum),
// biased towards the edges a client trips on: empty strings and lists, nulls where nullable, huge
// integers, text in every script with control characters, and unknown values where a field is
// plain text rather than an enumeration.

export type Schema = {
	readonly $ref?: string;
	readonly type?: string;
	readonly properties?: Readonly<Record<string, Schema>>;
	readonly required?: readonly string[];
	readonly items?: Schema;
	readonly allOf?: readonly Schema[];
	readonly oneOf?: readonly Schema[];
	readonly anyOf?: readonly Schema[];
	readonly enum?: readonly unknown[];
	readonly nullable?: boolean;
	readonly minimum?: number;
	readonly maximum?: number;
};

export type OpenApiDocument = {
	readonly paths: Record<
		string,
		Record<string, {responses?: Record<string, {$ref?: string; content?: unknown}>}>
	>;
	readonly components: {
		readonly schemas: Record<string, Schema>;
		readonly responses: Record<string, {content?: {'application/json'?: {schema?: Schema}}}>;
	};
};

export type FakerOptions = {
	/** How likely an optional property is there. */
	readonly optionalChance: number;
	/** How likely a nullable value is null. */
	readonly nullChance: number;
	/** The longest array made for a schema's `items` (paging items are sized by the caller). */
	readonly maxItems: number;
};

const defaultOptions: FakerOptions = {optionalChance: 0.8, nullChance: 0.15, maxItems: 3};

/** Text as the Web API may carry it: every script, marks, joiners, emoji, controls, and lengths. */
const textSamples = [
	'',
	'Night Ferry',
	'the',
	'Amélie Vauclair',
	'月影リバーサイド',
	'밤의 정원',
	'فرقة النهر الليلي 2',
	'להקת הירח הכחול',
	'Z\u0338a\u0335l\u0337g\u0336o\u0334',
	'Zero\u200BWidth\u200DBand',
	'👩‍👩‍👧‍👦 Family 🇸🇪 👋🏽 1️⃣',
	'\u202EdesreveR',
	'\u001B[2J\u001B]0;title\u0007bell',
	'line\nbreak\ttab\rreturn',
	'\u0085\u009Bc1',
	' ',
	'..',
	'../me/player?device_id=x#top',
];

/** Plain-text fields whose values Spotify treats as an open list: known values and unknown ones. */
const openValues: Record<string, readonly string[]> = {
	repeat_state: ['off', 'track', 'context', 'shuffle-repeat', ''],
	currently_playing_type: ['track', 'episode', 'ad', 'unknown', 'video'],
	type: ['track', 'episode', 'album', 'artist', 'show', 'playlist', 'collection', ''],
	album_group: ['album', 'single', 'compilation', 'appears_on', 'mixtape'],
	media_type: ['audio', 'video', 'mixed'],
	release_date: ['1997', '1997-05', '1997-05-21', '', 'someday', '0000'],
};

const hugeIntegers = [2 ** 31, 2 ** 32 + 7, Number.MAX_SAFE_INTEGER, 14_487_814, 1e15, 1e20];

export class OpenApiFaker {
	readonly #document: OpenApiDocument;
	readonly #random: SeededRandom;
	readonly #options: FakerOptions;

	constructor(document: OpenApiDocument, seed: number, options: Partial<FakerOptions> = {}) {
		this.#document = document;
		this.#random = new SeededRandom(seed);
		this.#options = {...defaultOptions, ...options};
	}

	get random(): SeededRandom {
		return this.#random;
	}

	/** The schema of `name` in components.schemas. */
	schema(name: string): Schema {
		const schema = this.#document.components.schemas[name];
		if (schema === undefined) {
			throw new Error(`the description has no schema ${name}`);
		}

		return schema;
	}

	/** A value `schema` allows; `name` is the property it is for, which picks a likely kind of text. */
	value(schema: Schema, name = ''): unknown {
		const resolved = this.#flatten(schema);
		if (resolved.nullable === true && this.#random.chance(this.#options.nullChance)) {
			return null;
		}

		if (resolved.oneOf !== undefined || resolved.anyOf !== undefined) {
			return this.value(this.#random.pick(resolved.oneOf ?? resolved.anyOf ?? []), name);
		}

		if (resolved.enum !== undefined) {
			return this.#random.pick(resolved.enum);
		}

		switch (resolved.type ?? (resolved.properties === undefined ? undefined : 'object')) {
			case 'object': {
				return this.object(resolved);
			}

			case 'array': {
				return this.array(resolved.items ?? {}, this.#random.int(0, this.#options.maxItems), name);
			}

			case 'string': {
				return this.text(name);
			}

			case 'integer': {
				return this.integer(resolved);
			}

			case 'number': {
				return this.#random.chance(0.5) ? this.integer(resolved) : this.#random.next() * 1000;
			}

			case 'boolean': {
				return this.#random.chance(0.5);
			}

			default: {
				return this.text(name);
			}
		}
	}

	/** An object with every required property and most optional ones, now and then an unknown one. */
	object(schema: Schema, overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
		const resolved = this.#flatten(schema);
		const required = new Set(resolved.required ?? []);
		const result: Record<string, unknown> = {};
		for (const [name, property] of Object.entries(resolved.properties ?? {})) {
			if (name in overrides) {
				result[name] = overrides[name];
			} else if (required.has(name) || this.#random.chance(this.#options.optionalChance)) {
				result[name] = this.value(property, name);
			}
		}

		for (const [name, value] of Object.entries(overrides)) {
			result[name] = value;
		}

		// As Spotify answers in 2026: the fields it removed are not sent, though the description keeps them.
		for (const removed of typeof result.type === 'string' ? (removedByType[result.type] ?? []) : []) {
			delete result[removed];
		}

		if (this.#random.chance(0.05)) {
			result.added_in_2027 = this.text('added_in_2027');
		}

		return result;
	}

	array(items: Schema, length: number, name = ''): unknown[] {
		return Array.from({length}, () => this.value(items, name));
	}

	text(name: string): string {
		const random = this.#random;
		const open = openValues[name];
		if (open !== undefined && random.chance(0.8)) {
			return random.pick(open);
		}

		if (name === 'id' && random.chance(0.85)) {
			return random.base62Id();
		}

		if (name === 'uri' && random.chance(0.85)) {
			return `spotify:${random.pick(['track', 'album', 'artist', 'episode', 'show', 'local'])}:${random.base62Id()}`;
		}

		if (
			(name === 'href' || name === 'url' || name === 'next' || name === 'previous') &&
			random.chance(0.85)
		) {
			return `https://api.spotify.com/v1/things/${random.base62Id()}?offset=${random.int(0, 100)}`;
		}

		if (random.chance(0.03)) {
			return random.pick(textSamples).repeat(random.int(10, 40));
		}

		return random.pick(textSamples);
	}

	integer(schema: Schema): number {
		const random = this.#random;
		const least = schema.minimum ?? Number.NEGATIVE_INFINITY;
		const most = schema.maximum ?? Number.POSITIVE_INFINITY;
		const candidates = [0, 1, -1, random.int(0, 1000), random.int(0, 600_000), ...hugeIntegers].filter(
			(value) => value >= least && value <= most,
		);
		const edges = [least, most].filter((value) => Number.isFinite(value));
		return random.chance(0.2) && edges.length > 0 ? random.pick(edges) : random.pick(candidates);
	}

	/** The schema with $ref followed and allOf merged into one set of properties. */
	#flatten(schema: Schema): Schema {
		let flat = flattened.get(schema);
		if (flat === undefined) {
			flat = this.#merge(schema);
			flattened.set(schema, flat);
		}

		return flat;
	}

	#merge(schema: Schema): Schema {
		if (schema.$ref !== undefined) {
			return this.#flatten(this.schema(schema.$ref.replace('#/components/schemas/', '')));
		}

		if (schema.allOf === undefined) {
			return schema;
		}

		const {allOf, ...own} = schema;
		const merged: Record<string, unknown> = {};
		const properties: Record<string, Schema> = {};
		const required: string[] = [...(own.required ?? [])];
		for (const part of [...allOf.map((entry) => this.#flatten(entry)), own]) {
			Object.assign(merged, part);
			Object.assign(properties, part.properties);
			required.push(...(part === own ? [] : (part.required ?? [])));
		}

		return {...merged, properties, required} as Schema;
	}
}

/** Schemas never change once read, so each is flattened once. */
const flattened = new WeakMap<Schema, Schema>();
