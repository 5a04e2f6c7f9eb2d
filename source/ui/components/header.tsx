import {Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {useTheme} from './theme.js';

/** The first line: where the user is, as a trail of the screens opened to get there. */
export function Header({
	trail,
	width,
	note,
}: {
	trail: readonly string[];
	width: number;
	note?: string | undefined;
}) {
	const theme = useTheme();
	const right = note === undefined ? '' : ` ${note}`;
	return (
		<Text>
			<Text {...theme.accent}>musicterminal</Text>
			{fitToWidth(trail.map((step) => ` › ${step}`).join(''), Math.max(0, width - 13 - right.length))}
			<Text {...theme.dim}>{right}</Text>
		</Text>
	);
}
