import {Text} from 'ink';
import {terminalSafe} from '../../format/terminal-text.js';
import {fitToWidth} from '../../format/text-fit.js';
import {useTheme} from './theme.js';

const name = 'musicterminal';

/** The first line: where the user is, as the trail of steps that led there; cut from the left, so the last step shows. */
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
	const room = Math.max(0, width - name.length - right.length);
	const steps = terminalSafe(trail.map((step) => ` › ${step}`).join(''));
	return (
		<Text>
			<Text {...theme.accent}>{name}</Text>
			{fitToWidth(steps, room, 'left', 'start')}
			<Text {...theme.dim}>{right}</Text>
		</Text>
	);
}
