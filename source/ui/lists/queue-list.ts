import {formatDuration} from '../../format/duration.js';
import {itemFacts} from '../../format/item-facts.js';
import type {CatalogList} from './catalog-list.js';
import {queueRows} from './queue-rows.js';
import {savedColumn} from './row-marks.js';

/** What plays now, then what plays next (the user's queue, then the rest of the context). */
export const queueList: CatalogList<'queue'> = {
	loading: 'all',
	pageSize: 100,
	maxItems: 100,
	async load({player}, _subject, {signal}) {
		const rows = queueRows(await player.queue({signal}));
		return {items: rows, total: rows.length};
	},
	label: () => 'Queue',
	title: ({total}) =>
		total === undefined ? 'Queue' : `Queue · now and ${Math.max(0, Number(total) - 1)} next`,
	loadingText: 'Reading the queue…',
	empty: () => 'Nothing is playing, and nothing is queued: press e on a track or album to queue it.',
	columns: (_rows, context) => [
		{header: '#', width: 3, align: 'right', cell: (row) => String(row.position)},
		savedColumn(context, (row) => row.item.uri),
		{header: 'TITLE', width: 'flex', cell: (row) => itemFacts(row.item).title},
		{header: 'BY', width: 'flex', hideBelow: 60, cell: (row) => itemFacts(row.item).by},
		{header: 'TIME', width: 7, align: 'right', cell: (row) => formatDuration(row.item.duration_ms)},
	],
	text: (row) => `${itemFacts(row.item).title} ${itemFacts(row.item).by}`,
	identity: (row) => String(row.position),
	savable: (row) => row.item.uri ?? undefined,
	needsLogin: true,
	followsPlayer: true,
	name: (row) => itemFacts(row.item).title,
};
