const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** `2026-12-01 17:05 UTC` */
export function utcMinute(time: number): string {
	return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-12-01` */
export function utcDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** A span in the largest unit that fits: `40 s`, `12 min`, `5 h`, `64 days`. */
export function spanWords(ms: number): string {
	const span = Math.abs(ms);
	if (span < minuteMs) {
		return `${Math.round(span / 1000)} s`;
	}

	if (span < 60 * minuteMs) {
		return `${Math.round(span / minuteMs)} min`;
	}

	if (span < 2 * dayMs) {
		return `${Math.round(span / (60 * minuteMs))} h`;
	}

	return `${Math.floor(span / dayMs)} days`;
}
