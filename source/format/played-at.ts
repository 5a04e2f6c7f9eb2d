/** `2026-11-30 18:04` in the local time zone; '' for a time that is not one. */
export function localTime(timestamp: string | null): string {
	const date = dateOf(timestamp);
	return date === undefined ? '' : `${dayText(date)} ${clockText(date)}`;
}

/**
 * As `localTime`, but a day people say in words where they would: `today 18:04`, `yesterday
 * 09:12`, else the date as ISO writes it (`2026-11-30 18:04`), which no reader takes for another.
 */
export function playedAtText(timestamp: string | null, now: number): string {
	const date = dateOf(timestamp);
	if (date === undefined) {
		return '';
	}

	const today = new Date(now);
	const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
	const day =
		dayText(date) === dayText(today)
			? 'today'
			: dayText(date) === dayText(yesterday)
				? 'yesterday'
				: dayText(date);
	return `${day} ${clockText(date)}`;
}

function dateOf(timestamp: string | null): Date | undefined {
	const time = timestamp === null ? Number.NaN : Date.parse(timestamp);
	return Number.isNaN(time) ? undefined : new Date(time);
}

const two = (value: number) => String(value).padStart(2, '0');

function dayText(date: Date): string {
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function clockText(date: Date): string {
	return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
