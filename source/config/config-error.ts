import {UserFacingError} from '../errors.js';

/** What is wrong and how to fix it, each one plain sentence without its final full stop. */
export type Complaint = {
	readonly wrong: string;
	readonly fix: string;
};

/** One thing wrong with the config, and where. A missing key has a file but no line. */
export type ConfigProblem = Complaint & {
	readonly file: string | undefined;
	readonly line?: number | undefined;
	readonly column?: number | undefined;
};

/** `<file>:<line>:<column>: <what is wrong>. <how to fix it>.`, leaving out the parts that are unknown. */
export function formatProblem({file, line, column, wrong, fix}: ConfigProblem): string {
	const sentences = `${wrong}. ${fix}${/[.?!]$/.test(fix) ? '' : '.'}`;
	if (file === undefined) {
		return sentences;
	}

	const place = [file, line, line === undefined ? undefined : column]
		.filter((part) => part !== undefined)
		.join(':');
	return `${place}: ${sentences}`;
}

/** Every problem of the config at once, so that one edit can fix them all. */
export class ConfigError extends UserFacingError {
	override readonly name: string = 'ConfigError';
	readonly problems: readonly ConfigProblem[];

	constructor(problems: readonly ConfigProblem[]) {
		const lines = problems.map(formatProblem);
		super(
			lines.length === 1
				? (lines[0] ?? '')
				: `the config has ${lines.length} problems:\n${lines.map((line) => `  ${line}`).join('\n')}`,
		);
		this.problems = problems;
	}
}
