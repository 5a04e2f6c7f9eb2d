import {type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument} from 'yaml';
import type {ConfigProblem} from './config-error.js';
import type {ValueNode} from './read-values.js';
import {yamlSyntaxProblem} from './yaml-syntax-problem.js';

/** One top-level `key: value` of the file, with the line the key is on. */
export type ConfigEntry = {
	readonly key: string;
	readonly value: ValueNode;
	readonly line: number | undefined;
};

export type ParsedConfigFile = {readonly entries: readonly ConfigEntry[]} | {readonly problem: ConfigProblem};

const writeKeys = "Write one key per line, with a colon and a space after it, such as client_id: '...'";

/** The top-level entries of a YAML config, or the one problem that stops it being read at all. */
export function parseConfigFile(text: string, file: string): ParsedConfigFile {
	const lineCounter = new LineCounter();
	// Duplicate keys are left to validation, which names the key and both lines.
	const document = parseDocument(text, {lineCounter, uniqueKeys: false, prettyErrors: false});
	const [firstError] = [...document.errors].sort((a, b) => a.pos[0] - b.pos[0]);
	// Later errors are mostly echoes of the first one, so only the first is reported.
	if (firstError !== undefined) {
		return {problem: yamlSyntaxProblem(firstError, document, lineCounter, file)};
	}

	const contents = document.contents;
	if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
		return {
			problem: {
				file,
				wrong: 'the config file is empty',
				fix: "Add your app's keys as in config.example.yaml, or run `musicterminal init --force` to write them",
			},
		};
	}

	if (!isMap(contents)) {
		return {
			problem: {
				file,
				line: lineOf(contents, lineCounter),
				wrong: isSeq(contents)
					? 'the config is a list (lines starting with "- "), but it must be "key: value" lines'
					: 'the config is a single value, but it must be "key: value" lines',
				fix: `${writeKeys}; config.example.yaml shows every key`,
			},
		};
	}

	return {
		entries: contents.items.map((pair) => {
			const key = pair.key as Node | null;
			const value = pair.value as Node | null;
			return {
				key: isScalar(key) ? String(key.value) : String(key),
				value: resolveAlias(value, document),
				line: lineOf(key ?? value, lineCounter),
			};
		}),
	};
}

function resolveAlias(node: Node | null, document: Document): ValueNode {
	return isAlias(node) ? (node.resolve(document) ?? null) : node;
}

function lineOf(node: Node | null, lineCounter: LineCounter): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lineCounter.linePos(start).line;
}
