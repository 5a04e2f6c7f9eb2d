import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useTheme} from './theme.js';

// Braille dots, the spinner most terminal apps show; one frame each 80 ms.
const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const frameMs = 80;

/** A turning spinner before what is being waited for. */
export function Spinner({label}: {readonly label: string}) {
	const theme = useTheme();
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			setFrame((current) => (current + 1) % frames.length);
		}, frameMs);
		return () => {
			clearInterval(timer);
		};
	}, []);
	return (
		<Text>
			<Text {...theme.accent}>{frames[frame]}</Text> {label}
		</Text>
	);
}
