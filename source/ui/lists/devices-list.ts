import type {CatalogList} from './catalog-list.js';

/** The user's devices, for the picker; Enter moves playback there. */
export const devicesList: CatalogList<'devices'> = {
	loading: 'all',
	pageSize: 50,
	maxItems: 50,
	async load({player}, _subject, {signal}) {
		const devices = await player.devices({signal});
		return {items: devices, total: devices.length};
	},
	label: () => 'Devices',
	title: () => 'Devices',
	loadingText: 'Looking for devices…',
	empty: () =>
		'No Spotify device is available: open Spotify on a phone, computer or speaker, then press Enter.',
	columns: () => [
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
	],
	text: (device) => device.name,
	identity: (device) => device.id ?? device.name,
	enterHint: 'Enter play there',
};
