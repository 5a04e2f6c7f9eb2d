import {useEffect, useState} from 'react';

/**
 * The time, renewed each whole second after `since` while `running`: a progress that moves on
 * between reads, in step with the read it counts from.
 */
export function useClock(running: boolean, since: number): number {
	const [now, setNow] = useState(Date.now);
	useEffect(() => {
		setNow(Date.now());
		if (!running) {
			return;
		}

		let timer: NodeJS.Timeout;
		const tick = () => {
			const current = Date.now();
			setNow(current);
			timer = setTimeout(tick, 1000 - ((current - since) % 1000));
		};

		timer = setTimeout(tick, 1000 - ((Date.now() - since) % 1000));
		return () => {
			clearTimeout(timer);
		};
	}, [running, since]);
	return now;
}
