import {type Document, type LineCounter, type Scalar, visit, type YAMLError} from 'yaml';
import type {Complaint, ConfigProblem} from './config-error.js';

const retry = 'or compare it with config.example.yaml';

/**
 * The parser's reason for refusing the file, in plain words, at its line and column. The parser's
 * own message is not shown whole: it quotes the line, which may hold the client secret.
 */
export function yamlSyntaxProblem(
	error: YAMLError,
	document: Document,
	lineCounter: LineCounter,
	file: string,
): ConfigProblem {
	const unclosed = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
	const offset = unclosed ? (unclosedQuoteStart(document, error.pos[0]) ?? error.pos[0]) : error.pos[0];
	const {line, col} = lineCounter.linePos(offset);
	return {file, line, column: col, ...(unclosed ? unclosedQuote : explain(error))};
}

const unclosedQuote: Complaint = {
	wrong: 'the quote that starts here is never closed',
	fix: 'Add the same quote mark at the end of the value',
};

function explain(error: YAMLError): Complaint {
	switch (error.code) {
		case 'TAB_AS_INDENT': {
			return {
				wrong: 'this line is indented with a tab, which YAML does not allow',
				fix: 'Indent it with spaces',
			};
		}

		case 'MULTIPLE_DOCS': {
			return {
				wrong: 'a line with --- starts a second config in the same file',
				fix: 'Keep one config and remove the --- line',
			};
		}

		case 'BAD_SCALAR_START': {
			return {
				wrong: 'a value starts with a character that YAML reserves, such as @ or `',
				fix: 'Put the value in quotes',
			};
		}

		case 'BAD_DQ_ESCAPE': {
			return {
				wrong: 'a backslash in "double quotes" starts an escape that YAML does not know',
				fix: "Put the value in 'single quotes' instead, where a backslash is just a backslash",
			};
		}

		case 'UNEXPECTED_TOKEN': {
			return {
				wrong:
					'YAML does not expect what is here, such as more text after a closing quote, or an extra ] or }',
				fix: 'Put the whole value in quotes, or remove what is extra',
			};
		}

		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY': {
			return {
				wrong:
					'the value here runs into another "key: value", from a ": " inside it or an indented line below it',
				fix: `Put the value in quotes, or start every key at the beginning of its line, ${retry}`,
			};
		}

		default: {
			return explainByMessage(error);
		}
	}
}

function explainByMessage(error: YAMLError): Complaint {
	if (/^Implicit map keys need to be followed by map values/.test(error.message)) {
		return {
			wrong: 'this line is not a "key: value" pair',
			fix: "Put a colon and a space after the key, such as market: 'US'",
		};
	}

	const bracket =
		/^Flow (sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(
			error.message,
		);
	if (bracket !== null) {
		return {
			wrong: `the ${bracket[1] === 'map' ? '{' : '['} opened before this line is never closed`,
			fix: `Add the closing ${bracket[2]} at the end of the value`,
		};
	}

	const reason = (error.message.split('\n')[0] ?? '')
		.replace(/ at line \d+, column \d+:?$/, '')
		.replace(/\.$/, '');
	return {wrong: `YAML cannot read this (${reason})`, fix: `Fix the line, ${retry}`};
}

/** Where the quoted value that swallowed the rest of the file begins. */
function unclosedQuoteStart(document: Document, errorOffset: number): number | undefined {
	let start: number | undefined;
	visit(document, {
		Scalar(_key, node: Scalar) {
			const begins = node.range?.[0];
			const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
			if (quoted && begins !== undefined && begins < errorOffset && (start === undefined || begins > start)) {
				start = begins;
			}
		},
	});
	return start;
}
