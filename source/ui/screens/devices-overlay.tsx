import {Box, Text} from 'ink';
import type {Dispatch} from 'react';
import {fitToWidth} from '../../format/text-fit.js';
import type {Device} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import {type ListColumn, ListView} from '../components/list-view.js';
import {Spinner} from '../components/spinner.js';
import {useTheme} from '../components/theme.js';
import {errorText} from '../error-text.js';
import {useDelayed} from '../hooks/use-delayed.js';
import {useLoad} from '../hooks/use-load.js';
import {useViewKeys} from '../hooks/use-view-keys.js';
import type {UiAction} from '../state/ui-state.js';

const columns: ReadonlyArray<ListColumn<Device>> = [
	{header: 'DEVICE', width: 'flex', cell: (device) => device.name},
	{header: 'TYPE', width: 10, hideBelow: 60, cell: (device) => device.type},
	{
		header: 'VOLUME',
		width: 6,
		align: 'right',
		cell: (device) => (device.volume_percent === null ? '-' : `${device.volume_percent}%`),
	},
	{
		header: 'STATE',
		width: 9,
		cell: (device) => (device.is_restricted ? 'no remote' : device.is_active ? 'active' : ''),
	},
];

type DevicesOverlayProps = {
	readonly player: SpotifyCalls['player'];
	readonly selected: number;
	readonly reason: string | undefined;
	readonly dispatch: Dispatch<UiAction>;
	readonly onChoose: (deviceId: string) => void;
	readonly width: number;
	readonly height: number;
};

/** The user's devices; Enter moves playback to the selected one. */
export function DevicesOverlay({
	player,
	selected,
	reason,
	dispatch,
	onChoose,
	width,
	height,
}: DevicesOverlayProps) {
	const theme = useTheme();
	const devices = useLoad('devices', async (signal) => player.devices({signal}));
	const list = devices.value ?? [];
	const showSpinner = useDelayed(devices.loading, 150);
	useViewKeys((input, key) => {
		if (key.upArrow || input === 'k') {
			dispatch({type: 'device-move', by: -1, count: list.length});
		} else if (key.downArrow || input === 'j') {
			dispatch({type: 'device-move', by: 1, count: list.length});
		} else if (key.return) {
			const device = list[selected];
			if (device?.id !== null && device !== undefined && !device.is_restricted) {
				onChoose(device.id);
			} else if (devices.error !== undefined) {
				devices.retry();
			}
		}
	});

	return (
		<Box flexDirection="column" height={height} overflowY="hidden">
			<Text bold>{fitToWidth('Devices · Enter plays there · Esc closes', width)}</Text>
			{reason === undefined ? null : <Text {...theme.error}>{fitToWidth(reason, width)}</Text>}
			{devices.error !== undefined ? (
				<Text {...theme.error}>
					{fitToWidth(`${errorText(devices.error)} Press Enter to try again.`, width)}
				</Text>
			) : list.length === 0 && devices.loading ? (
				showSpinner ? (
					<Spinner label="Looking for devices…" />
				) : null
			) : list.length === 0 ? (
				<Text {...theme.dim}>
					No Spotify device is available: open Spotify on a phone, computer or speaker.
				</Text>
			) : (
				<ListView
					items={list}
					columns={columns}
					selected={selected}
					height={height - 1 - (reason === undefined ? 0 : 1)}
					width={width}
				/>
			)}
		</Box>
	);
}
