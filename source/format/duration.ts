// No track or episode runs ten thousand hours; a larger figure is a mistake, shown as the most we show.
const longestHours = 9999;

/** 3:07, or 1:02:45 past an hour; `9999:59:59+` past that many hours. */
export function formatDuration(ms: number): string {
	const totalSeconds = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	if (hours > longestHours || !Number.isFinite(totalSeconds)) {
		return `${longestHours}:59:59+`;
	}

	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = String(totalSeconds % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
