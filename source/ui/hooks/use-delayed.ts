import {useEffect, useState} from 'react';

/** True once `active` has stayed true for `delayMs`: a spinner for waits long enough to notice. */
export function useDelayed(active: boolean, delayMs: number): boolean {
	const [shown, setShown] = useState(false);
	useEffect(() => {
		if (!active) {
			setShown(false);
			return;
		}

		const timer = setTimeout(() => {
			setShown(true);
		}, delayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [active, delayMs]);
	return active && shown;
}
