import {Box, Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {useTheme} from '../components/theme.js';

export const keyHelp: ReadonlyArray<readonly [string, string]> = [
	['↑/↓  j/k', 'move'],
	['PgUp/PgDn', 'a page up or down'],
	['g/G  Home/End', 'first, last'],
	['Enter', 'open; on a track: play its album from there'],
	['a', 'play the album from its first track'],
	['Esc  Backspace  h', 'back, to the list as you left it'],
	['/', 'new search'],
	['f', 'filter this list as you type (Enter keeps it, Esc clears it)'],
	['d', 'devices: choose where to play'],
	['space', 'pause / resume'],
	['n  p', 'next / previous track'],
	['+  -', 'volume up / down'],
	['s  r', 'shuffle on/off, repeat off → album → track'],
	['?', 'this help'],
	['q  Ctrl-C', 'quit (on the search screen: Ctrl-C)'],
];

/** How many lines of help do not fit in `height` rows (the title takes one). */
export function hiddenHelpLines(height: number): number {
	return Math.max(0, keyHelp.length - (height - 1));
}

/** Every key, and what it does; ↑/↓ scroll it when the terminal is short. */
export function HelpOverlay({width, height, offset}: {width: number; height: number; offset: number}) {
	const theme = useTheme();
	const keyWidth = Math.max(...keyHelp.map(([key]) => key.length)) + 2;
	const hidden = hiddenHelpLines(height);
	const title =
		hidden > 0
			? `Keys · ↑/↓ for more (${offset + 1}-${offset + height - 1} of ${keyHelp.length}) · Esc closes`
			: 'Keys · Esc or ? closes';
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold>{fitToWidth(title, width)}</Text>
			{keyHelp.slice(offset, offset + Math.max(0, height - 1)).map(([key, action]) => (
				<Text key={key}>
					<Text {...theme.accent}>{fitToWidth(key, keyWidth)}</Text>
					{fitToWidth(action, Math.max(0, width - keyWidth))}
				</Text>
			))}
		</Box>
	);
}
