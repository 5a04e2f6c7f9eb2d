import type {Queue} from '../../spotify/library-schemas.js';
import type {PlayableItem} from '../../spotify/schemas.js';

/** A row of the queue: what plays now, then what plays next, numbered from 1. */
export type QueueRow = {readonly position: 'now' | number; readonly item: PlayableItem};

export function queueRows(queue: Queue): QueueRow[] {
	return [
		...(queue.currently_playing === null ? [] : [{position: 'now' as const, item: queue.currently_playing}]),
		...queue.queue.map((item, index) => ({position: index + 1, item})),
	];
}
