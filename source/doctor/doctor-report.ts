import {counted} from '../format/counted.js';
import {jsonText, terminalSafe} from '../format/terminal-text.js';
import type {CheckResult, CheckStatus} from './check-result.js';

const marks: Record<CheckStatus, string> = {pass: 'ok', warning: 'warn', failure: 'FAIL', skipped: 'skip'};

/**
 * The checklist as text, one check a line (details that run to several lines indented under it)
 * and its fix below it after →, then a count. Outside text (server messages, names) made safe.
 */
export function doctorText(results: readonly CheckResult[]): string {
	const titleWidth = Math.max(...results.map(({title}) => title.length)) + 2;
	const indent = ' '.repeat(6 + titleWidth);
	const lines = results.flatMap(({status, title, detail, fix}) => {
		const [first = '', ...rest] = terminalSafe(detail, {multiline: true}).split('\n');
		return [
			`${marks[status].padEnd(6)}${title.padEnd(titleWidth)}${first}`,
			...rest.map((line) => `${indent}${line}`),
			...(fix === undefined ? [] : [`${indent}→ ${terminalSafe(fix)}`]),
		];
	});
	return `${lines.join('\n')}\n\n${summary(results)}\n`;
}

/** `{"ok", "checks": [{"id", "title", "status", "detail", "fix", "ms"}]}` (README, doctor). */
export function doctorJson(results: readonly CheckResult[]): string {
	return jsonText({
		ok: !results.some(({status}) => status === 'failure'),
		checks: results.map(({id, title, status, detail, fix, ms}) => ({
			id,
			title,
			status,
			detail,
			fix: fix ?? null,
			ms: ms ?? null,
		})),
	});
}

export function countOf(results: readonly CheckResult[], status: CheckStatus): number {
	return results.filter((result) => result.status === status).length;
}

function summary(results: readonly CheckResult[]): string {
	const failures = countOf(results, 'failure');
	const warnings = countOf(results, 'warning');
	if (failures === 0 && warnings === 0) {
		return 'Everything checked is in order.';
	}

	const parts = [
		...(failures === 0 ? [] : [counted(failures, 'failure')]),
		...(warnings === 0 ? [] : [counted(warnings, 'warning')]),
	];
	return `${parts.join(', ')}: see → for what to do.`;
}
