import {useEffect, useState} from 'react';

/** The current time, renewed every `intervalMs` while `active`: for progress that moves between polls. */
export function useNow(intervalMs: number, active: boolean): number {
	const [now, setNow] = useState(Date.now);
	useEffect(() => {
		if (!active) {
			return;
		}

		setNow(Date.now());
		const timer = setInterval(() => {
			setNow(Date.now());
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [active, intervalMs]);
	return now;
}
