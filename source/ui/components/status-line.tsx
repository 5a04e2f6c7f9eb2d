import {Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {useDelayed} from '../hooks/use-delayed.js';
import type {Status} from '../state/ui-state.js';
import {drawnWhole} from './drawn-whole.js';
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
		return (
			<Text {...(status.kind === 'error' ? theme.error : {})}>
				{drawnWhole(fitToWidth(status.text, width))}
			</Text>
		);
	}

	if (busy !== undefined && showBusy) {
		return <Spinner label={fitToWidth(busy, width - 2)} />;
	}

	return <Text {...theme.dim}>{fitToWidth(hint, width)}</Text>;
}
