/** Where to seek: a position in the item, or a step from where it plays. */
export type SeekTarget = {readonly kind: 'to' | 'by'; readonly ms: number};

const pattern = /^([+-])?(?:(?:(\d+):)?(\d+):(\d{1,2})|(\d+))$/;

/**
 * A position as people write one: `1:23` and `1:02:03` (minutes and hours), `83` (seconds), and
 * `+10` or `-1:00`, a step from where it plays. Undefined for anything else (`1:75`, `ten`).
 */
export function parseSeekTarget(text: string): SeekTarget | undefined {
	const match = pattern.exec(text.trim());
	if (match === null) {
		return undefined;
	}

	const [, sign, hours, minutes, seconds, plainSeconds] = match;
	if (seconds !== undefined && Number(seconds) > 59) {
		return undefined;
	}

	if (hours !== undefined && Number(minutes) > 59) {
		return undefined;
	}

	const totalSeconds =
		plainSeconds === undefined
			? Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
			: Number(plainSeconds);
	const ms = totalSeconds * 1000;
	return sign === undefined ? {kind: 'to', ms} : {kind: 'by', ms: sign === '-' ? -ms : ms};
}

/**
 * Where a seek lands: `to` as given, `by` from `progressMs`, never before the start; undefined when
 * it would land at or past the end of `durationMs` (which would skip to what comes next).
 */
export function seekPosition(
	target: SeekTarget,
	progressMs: number,
	durationMs: number | null,
): number | undefined {
	const wanted = target.kind === 'to' ? target.ms : progressMs + target.ms;
	if (durationMs !== null && durationMs > 0 && wanted >= durationMs) {
		return undefined;
	}

	return Math.max(0, wanted);
}
