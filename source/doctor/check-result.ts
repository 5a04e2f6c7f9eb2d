export type CheckStatus = 'pass' | 'warning' | 'failure' | 'skipped';

/** One line of `musicterminal doctor`: what was checked, how it went, and what to do about it. */
export type CheckResult = {
	/** Stable, for --json: node, config, auth-method, redirect-uri, accounts, web-api, clock, … */
	readonly id: string;
	/** A few words for the checklist, such as "Web API". */
	readonly title: string;
	readonly status: CheckStatus;
	/** What was found, in one sentence. */
	readonly detail: string;
	/** What to do, when there is something to do. */
	readonly fix?: string | undefined;
	/** How long the check's request took, for those that make one. */
	readonly ms?: number | undefined;
};

export function pass(id: string, title: string, detail: string, ms?: number): CheckResult {
	return {id, title, status: 'pass', detail, ms};
}

export function warning(id: string, title: string, detail: string, fix: string, ms?: number): CheckResult {
	return {id, title, status: 'warning', detail, fix, ms};
}

/** Without `fix` when the detail already ends with what to do. */
export function failure(id: string, title: string, detail: string, fix?: string, ms?: number): CheckResult {
	return {id, title, status: 'failure', detail, fix, ms};
}

export function skipped(id: string, title: string, why: string): CheckResult {
	return {id, title, status: 'skipped', detail: why};
}
