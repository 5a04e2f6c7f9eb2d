import {UserFacingError} from '../errors.js';

/** One thing wrong with the config: where, what, and how to fix it. */
export type ConfigProblem = {
	readonly file: string | undefined;
	readonly line?: number | undefined;
	readonly column?: number | undefined;
	/** What is wrong and how to fix it, as sentences for the user. */
	readonly message: string;
};

export function formatProblem({file, line, column, message}: ConfigProblem): string {
	if (file === undefined) {
		return message;
	}

	const place = [file, line, column].filter((part) => part !== undefined).join(':');
	return `${place}: ${message}`;
}

/** Every problem of the config at once, so one edit can fix them all. */
export class ConfigError extends UserFacingError {
	override readonly name = 'ConfigError';
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
