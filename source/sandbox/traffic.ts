export type RequestRecord = {
	readonly method: string;
	readonly path: string;
	/** The query string without the leading `?`; never holds credentials (they travel in headers and bodies). */
	readonly query: string;
	status: number | undefined;
};

/** What reached the sandbox: every request, and how many were in flight at once. */
export class Traffic {
	#records: RequestRecord[] = [];
	#inFlight = 0;
	#peakInFlight = 0;

	get records(): readonly RequestRecord[] {
		return this.#records;
	}

	get inFlight(): number {
		return this.#inFlight;
	}

	get peakInFlight(): number {
		return this.#peakInFlight;
	}

	/** Requests with this method (any when undefined) whose path equals or matches `path`. */
	count(method?: string, path?: string | RegExp): number {
		return this.#records.filter(
			(record) =>
				(method === undefined || record.method === method) &&
				(path === undefined || (typeof path === 'string' ? record.path === path : path.test(record.path))),
		).length;
	}

	reset(): void {
		this.#records = [];
		this.#peakInFlight = this.#inFlight;
	}

	begin(method: string, url: URL): RequestRecord {
		const record: RequestRecord = {method, path: url.pathname, query: url.search.slice(1), status: undefined};
		this.#records.push(record);
		this.#inFlight += 1;
		this.#peakInFlight = Math.max(this.#peakInFlight, this.#inFlight);
		return record;
	}

	end(record: RequestRecord, status: number | undefined): void {
		record.status = status;
		this.#inFlight -= 1;
	}
}
