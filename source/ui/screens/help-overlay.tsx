import {Box, Text} from 'ink';
import {fitToWidth, textWidth} from '../../format/text-fit.js';
import {useTheme} from '../components/theme.js';
import {helpLines} from '../keys/keymap.js';

/** Every key, from the keymap, and what it does; ↑/↓ scroll it when the terminal is short. */
export function HelpOverlay({width, height, offset}: {width: number; height: number; offset: number}) {
	const theme = useTheme();
	const lines = helpLines();
	const keyWidth = Math.max(...lines.map(({keys}) => textWidth(keys))) + 2;
	const hidden = Math.max(0, lines.length - (height - 1));
	const title =
		hidden > 0
			? `Keys · ↑/↓ for more (${offset + 1}-${offset + height - 1} of ${lines.length}) · Esc closes`
			: 'Keys · Esc or ? closes';
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold>{fitToWidth(title, width)}</Text>
			{lines.slice(offset, offset + Math.max(0, height - 1)).map(({keys, text}) => (
				<Text key={`${keys} ${text}`}>
					<Text {...theme.accent}>{fitToWidth(keys, keyWidth)}</Text>
					{fitToWidth(text, Math.max(0, width - keyWidth))}
				</Text>
			))}
		</Box>
	);
}
