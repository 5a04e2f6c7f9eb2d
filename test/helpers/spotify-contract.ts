import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Ajv, type ValidateFunction} from 'ajv';
import {parse} from 'yaml';

/** Spotify's Web API description, vendored with its licence in test/contract/spotify-web-api/. */
export const openApiPath =
	process.env.MUSICTERMINAL_OPENAPI ??
	fileURLToPath(new URL('../contract/spotify-web-api/openapi.yml', import.meta.url));

type Parameter = {name: string; in: string; required?: boolean; explode?: boolean; schema?: {type?: string}};

type Operation = {
	parameters?: Array<Parameter | {$ref: string}>;
	responses?: Record<string, {$ref?: string; content?: unknown}>;
};

type OpenApiDocument = {
	paths: Record<string, Record<string, Operation>>;
	components: {
		schemas: Record<string, {required?: string[]; allOf?: Array<{required?: string[]}>}>;
		parameters: Record<string, Parameter>;
	};
};

/**
 * Fields the description still requires but Spotify stopped sending to new apps (SPOTIFY.md,
 * "Removed fields"): the sandbox leaves them out, as Spotify does, so the contract drops them too.
 */
const removedFields: Record<string, readonly string[]> = {
	AlbumBase: ['available_markets'],
	AlbumObject: ['label', 'popularity'],
};

/** Fields Spotify no longer sends, by the object's `type`. */
export const removedByType: Readonly<Record<string, readonly string[]>> = {
	artist: ['followers', 'popularity'],
	album: ['popularity', 'available_markets', 'label'],
	track: ['popularity', 'available_markets'],
	user: ['product', 'email', 'country'],
};

export type ContractResult = {readonly ok: boolean; readonly problems: readonly string[]};

export class SpotifyContract {
	readonly #ajv: Ajv;
	readonly #document: OpenApiDocument;
	readonly #validators = new Map<string, ValidateFunction>();

	constructor(path = openApiPath) {
		this.#document = parse(readFileSync(path, 'utf8')) as OpenApiDocument;
		dropRemovedFields(this.#document);
		this.#ajv = new Ajv({strict: false, allErrors: true, validateFormats: false});
		this.#ajv.addSchema(this.#document as object, 'spotify');
	}

	/**
	 * Checks one answer of the Web API: the body against the schema the description gives for its
	 * operation and status, or against Spotify's error shape for error statuses it does not list.
	 */
	check(method: string, url: string, status: number, body: unknown): ContractResult {
		const template = this.#templateFor(new URL(url).pathname.replace(/^\/v1/, ''));
		if (template === undefined) {
			return {ok: false, problems: [`no path in the description matches ${url}`]};
		}

		const operation = this.#document.paths[template]?.[method.toLowerCase()];
		if (operation === undefined) {
			return {ok: false, problems: [`the description has no ${method} ${template}`]};
		}

		if (status === 204) {
			return body === undefined ? {ok: true, problems: []} : {ok: false, problems: ['204 with a body']};
		}

		const listed = operation.responses?.[String(status)];
		// The description gives some errors (400 of /me/library) as a bare ErrorObject; Spotify's errors
		// always come wrapped in `error` (SPOTIFY.md, Errors), so those are checked as the others are.
		const response = status >= 400 && listed?.$ref === undefined ? undefined : listed;
		if (response !== undefined && response.$ref === undefined && response.content === undefined) {
			// A status the description lists without a body, such as 200 from PUT /me/library.
			return body === undefined ? {ok: true, problems: []} : {ok: false, problems: [`${status} with a body`]};
		}

		const pointer =
			response === undefined
				? status >= 400
					? '/components/responses/BadRequest'
					: undefined
				: (response.$ref?.slice(1) ??
					`/paths/${escapeJsonPointer(template)}/${method.toLowerCase()}/responses/${status}`);
		if (pointer === undefined) {
			return {ok: false, problems: [`the description lists no ${status} for ${method} ${template}`]};
		}

		const problems = [
			...this.#validate(`${pointer}/content/application~1json/schema`, body),
			...removedFieldsIn(body),
		];
		return {ok: problems.length === 0, problems};
	}

	/**
	 * Checks one request a client sent: the operation exists, and every query parameter is one the
	 * operation declares, with a value its schema allows (Development Mode's page limits included).
	 */
	checkRequest(method: string, path: string, query: string): ContractResult {
		const template = this.#templateFor(path.replace(/^\/v1/, ''));
		const operation =
			template === undefined ? undefined : this.#document.paths[template]?.[method.toLowerCase()];
		if (template === undefined || operation === undefined) {
			return {ok: false, problems: [`the description has no ${method} ${path}`]};
		}

		const operationPointer = `/paths/${escapeJsonPointer(template)}/${method.toLowerCase()}`;
		const declared = (operation.parameters ?? []).flatMap((entry, index) => {
			const name = '$ref' in entry ? (entry.$ref.split('/').at(-1) ?? '') : '';
			const parameter = '$ref' in entry ? this.#document.components.parameters[name] : entry;
			const schemaPointer =
				'$ref' in entry
					? `/components/parameters/${name}/schema`
					: `${operationPointer}/parameters/${index}/schema`;
			return parameter?.in === 'query' ? [{parameter, schemaPointer}] : [];
		});
		const sent = new URLSearchParams(query);
		const problems = declared
			.filter(({parameter}) => parameter.required === true && !sent.has(parameter.name))
			.map(({parameter}) => `${method} ${template} needs ${parameter.name}`);
		for (const [name, value] of sent) {
			const found = declared.find(({parameter}) => parameter.name === name);
			if (found === undefined) {
				problems.push(`${method} ${template} has no parameter ${name}`);
				continue;
			}

			const checked = this.#validate(found.schemaPointer, typedValue(found.parameter, value));
			problems.push(...checked.map((problem) => `${name}=${value}: ${problem}`));
		}

		return {ok: problems.length === 0, problems};
	}

	/** Checks one value against a schema of the description, such as `TrackObject`. */
	checkSchema(name: string, value: unknown): ContractResult {
		const problems = [...this.#validate(`/components/schemas/${name}`, value), ...removedFieldsIn(value)];
		return {ok: problems.length === 0, problems};
	}

	#validate(pointer: string, body: unknown): string[] {
		let validate = this.#validators.get(pointer);
		if (validate === undefined) {
			validate = this.#ajv.compile({$ref: `spotify#${pointer}`});
			this.#validators.set(pointer, validate);
		}

		if (validate(body)) {
			return [];
		}

		return (validate.errors ?? []).map(
			(error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
		);
	}

	#templateFor(path: string): string | undefined {
		const candidates = Object.keys(this.#document.paths).filter((template) => {
			const pattern = new RegExp(`^${template.replaceAll(/\{[^}]+\}/g, '[^/]+')}$`);
			return pattern.test(path);
		});
		// Prefer `/me/player/devices` over a template with a parameter in its place.
		return candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
	}
}

/** A query value as its schema's type: numbers and booleans arrive as text, lists comma-separated. */
function typedValue(parameter: Parameter, value: string): unknown {
	switch (parameter.schema?.type) {
		case 'integer':
		case 'number': {
			return Number(value);
		}

		case 'boolean': {
			return value === 'true' ? true : value === 'false' ? false : value;
		}

		case 'array': {
			return value.split(',');
		}

		default: {
			return value;
		}
	}
}

function escapeJsonPointer(template: string): string {
	return template.replaceAll('~', '~0').replaceAll('/', '~1');
}

function dropRemovedFields(document: OpenApiDocument): void {
	for (const [name, fields] of Object.entries(removedFields)) {
		const schema = document.components.schemas[name];
		for (const part of [schema, ...(schema?.allOf ?? [])]) {
			if (part?.required !== undefined) {
				part.required = part.required.filter((field) => !fields.includes(field));
			}
		}
	}
}

/** Paths inside `body` where a field Spotify removed is still sent. */
export function removedFieldsIn(body: unknown, path = ''): string[] {
	if (Array.isArray(body)) {
		return body.flatMap((item, index) => removedFieldsIn(item, `${path}/${index}`));
	}

	if (typeof body !== 'object' || body === null) {
		return [];
	}

	const record = body as Record<string, unknown>;
	const removed = typeof record.type === 'string' ? (removedByType[record.type] ?? []) : [];
	return [
		...removed.filter((field) => field in record).map((field) => `${path}/${field} was removed by Spotify`),
		...Object.entries(record).flatMap(([key, value]) => removedFieldsIn(value, `${path}/${key}`)),
	];
}
