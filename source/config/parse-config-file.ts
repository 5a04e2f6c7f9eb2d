import {isMap, isScalar, LineCounter, type Node, parseDocument} from 'yaml';
import type {ConfigProblem} from './config-error.js';

export type ConfigEntry = {
	readonly key: string;
	readonly value: Node | null;
	readonly line: number | undefined;
};

/** The top-level entries of a YAML config, each with its line, or the problems that stop reading it. */
export function parseConfigFile(
	text: string,
	file: string,
): {entries: readonly ConfigEntry[]} | {problems: readonly ConfigProblem[]} {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true});
	if (document.errors.length > 0) {
		return {
			problems: document.errors.map((error) => ({
				file,
				line: error.linePos?.[0].line,
				column: error.linePos?.[0].col,
				message: `this is not valid YAML (${firstSentence(error.message)}): fix the line, or start again from config.example.yaml.`,
			})),
		};
	}

	const contents = document.contents;
	if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
		return {
			problems: [
				{file, message: 'the config is empty: add client_id and auth_method, as in config.example.yaml.'},
			],
		};
	}

	if (!isMap(contents)) {
		return {
			problems: [
				{
					file,
					line: lineOf(contents, lineCounter),
					message:
						'the config must be a list of "key: value" lines, such as client_id: \'...\'; see config.example.yaml.',
				},
			],
		};
	}

	return {
		entries: contents.items.map((pair) => {
			const key = pair.key as Node | null;
			return {
				key: isScalar(key) ? String(key.value) : String(key),
				value: pair.value as Node | null,
				line: lineOf(key ?? (pair.value as Node | null), lineCounter),
			};
		}),
	};
}

function lineOf(node: Node | null, lineCounter: LineCounter): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lineCounter.linePos(start).line;
}

function firstSentence(message: string): string {
	return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+.*$/, '').replace(/\.$/, '');
}
