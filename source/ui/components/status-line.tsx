import {Text} from 'ink';
import {fitToWidth, textWidth} from '../../format/text-fit.js';
import {useDelayed} from '../hooks/use-delayed.js';
import type {Status} from '../state/ui-state.js';
import {Spinner} from './spinner.js';
import {useTheme} from './theme.js';

type StatusLineProps = {
	readonly status: Status | undefined;
	/** What is being waited for, shown with a spinner once the wait is long enough to notice. */
	readonly busy: string | undefined;
	readonly hint: string;
	readonly width: number;
};

/** The last line: a message until it clears, else a spinner, else the keys that matter here. */
export function StatusLine({status, busy, hint, width}: StatusLineProps) {
	const theme = useTheme();
	const showBusy = useDelayed(busy !== undefined, 150);
	if (status !== undefined) {
		return <Text {...(status.kind === 'error' ? theme.error : {})}>{fitToWidth(status.text, width)}</Text>;
	}

	if (busy !== undefined && showBusy) {
		return <Spinner label={fitToWidth(busy, width - 2)} />;
	}

	return <Text {...theme.dim}>{fitHints(hint, width)}</Text>;
}

const hintSeparator = ' · ';

/**
 * The hints (`a · b · c`) that fit in `width`: the last two always (help and quit, where the user
 * finds the rest), then as many of the others as fit, in their order.
 */
export function fitHints(hint: string, width: number): string {
	const parts = hint.split(hintSeparator);
	if (parts.length <= 2 || textWidth(hint) <= width) {
		return fitToWidth(hint, width);
	}

	const always = parts.slice(-2);
	const chosen: string[] = [];
	for (const part of parts.slice(0, -2)) {
		if (textWidth([...chosen, part, ...always].join(hintSeparator)) > width) {
			break;
		}

		chosen.push(part);
	}

	return fitToWidth([...chosen, ...always].join(hintSeparator), width);
}
