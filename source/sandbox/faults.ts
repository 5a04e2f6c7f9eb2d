/** Failures a test can make the sandbox answer with instead of its normal reply. */
export type Fault =
	| {readonly kind: 'rate-limit'; readonly retryAfterSeconds: number}
	| {readonly kind: 'quota-exceeded'}
	| {
			readonly kind: 'server-error';
			readonly status: 500 | 502 | 503 | 504;
			readonly body: 'json' | 'html' | 'empty';
	  }
	/** `status` with `body` as JSON, in place of the normal reply: an error in any words, or any answer. */
	| {readonly kind: 'json-answer'; readonly status: number; readonly body: unknown}
	| {readonly kind: 'slow'; readonly delayMs: number}
	| {readonly kind: 'truncated-body'}
	| {readonly kind: 'drop-connection'}
	/** 200 with an HTML page, as a captive portal or a proxy's login page answers. */
	| {readonly kind: 'not-json'}
	/**
	 * An error whose message repeats the request's Authorization header and body, as some proxies,
	 * captive portals and misconfigured gateways answer: in the Web API's error shape, or the
	 * accounts service's on /api/token.
	 */
	| {readonly kind: 'echo'; readonly status: number};

export type FaultRule = {
	/** A path such as `/v1/search` (exact), or a pattern tested against the path. */
	readonly path: string | RegExp;
	/** Only requests with this method; any method when absent. */
	readonly method?: string;
	readonly fault: Fault;
	/** How many matching requests get the fault; 1 when absent, `Infinity` for all of them. */
	readonly times?: number;
};

/** Lets a test see how often its fault fired and take it away again. */
export type FaultHandle = {
	readonly hits: number;
	readonly remaining: number;
	remove(): void;
};

type ActiveRule = {
	readonly rule: FaultRule;
	hits: number;
	remaining: number;
};

export class FaultInjector {
	#rules: ActiveRule[] = [];

	inject(rule: FaultRule): FaultHandle {
		const active: ActiveRule = {rule, hits: 0, remaining: rule.times ?? 1};
		this.#rules.push(active);
		return {
			get hits() {
				return active.hits;
			},
			get remaining() {
				return active.remaining;
			},
			remove: () => {
				this.#rules = this.#rules.filter((candidate) => candidate !== active);
			},
		};
	}

	clear(): void {
		this.#rules = [];
	}

	/** The rules that still have turns left, with how often each fired. */
	active(): Array<FaultRule & {readonly hits: number; readonly remaining: number}> {
		return this.#rules
			.filter((active) => active.remaining > 0)
			.map((active) => ({...active.rule, hits: active.hits, remaining: active.remaining}));
	}

	/** The fault for this request, if a rule with turns left matches; uses up one turn. */
	take(method: string, path: string): Fault | undefined {
		const active = this.#rules.find(
			(candidate) => candidate.remaining > 0 && ruleMatches(candidate.rule, method, path),
		);
		if (active === undefined) {
			return undefined;
		}

		active.hits += 1;
		active.remaining -= 1;
		return active.rule.fault;
	}
}

function ruleMatches(rule: FaultRule, method: string, path: string): boolean {
	if (rule.method !== undefined && rule.method.toUpperCase() !== method) {
		return false;
	}

	return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}
