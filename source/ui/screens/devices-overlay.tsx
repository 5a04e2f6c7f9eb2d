import {Box, Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {useTheme} from '../components/theme.js';
import type {ListState} from '../state/list-state.js';
import {ListScreen} from './list-screen.js';

const noneSaved: ReadonlyMap<string, boolean> = new Map();

type DevicesOverlayProps = {
	readonly list: ListState;
	/** Why it opened by itself: no device was active for a command. */
	readonly reason: string | undefined;
	readonly width: number;
	readonly height: number;
};

/** The user's devices; Enter moves playback to the selected one. */
export function DevicesOverlay({list, reason, width, height}: DevicesOverlayProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" height={height} overflowY="hidden">
			{reason === undefined ? null : <Text {...theme.error}>{fitToWidth(reason, width)}</Text>}
			<ListScreen
				list={list}
				context={{playingUri: undefined, saved: noneSaved, canPlay: true}}
				width={width}
				height={height - (reason === undefined ? 0 : 1)}
			/>
		</Box>
	);
}
