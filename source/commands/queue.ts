import {UsageError} from '../errors.js';
import {jsonText, quoted} from '../format/terminal-text.js';
import {addToQueue, mostQueued, type QueueTarget, urisToQueue} from '../spotify/queue-items.js';
import type {ItemType} from '../spotify/spotify-reference.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {queueJson} from './output/library-json.js';
import {itemsTable} from './output/library-tables.js';
import {targetDeviceId} from './player-report.js';
import {resolvePlayable} from './resolve-item.js';

export type QueueCommandOptions = GlobalOptions & {
	readonly type?: ItemType | undefined;
	readonly device?: string | undefined;
	readonly json?: boolean | undefined;
};

/** `musicterminal queue`: what plays, then what comes next; `queue add <item>` adds to it. */
export async function runQueueCommand(
	words: readonly string[],
	options: QueueCommandOptions,
	io: CommandIo,
): Promise<void> {
	const [action, ...item] = words;
	if (action === undefined) {
		if (options.type !== undefined) {
			throw new UsageError('--type says what an item to add is: use it with `queue add <item>`.');
		}

		await listQueue(options, io);
		return;
	}

	if (action !== 'add') {
		throw new UsageError(
			`\`queue\` lists the queue, and \`queue add <item>\` adds to it; ${quoted(action)} is neither.`,
		);
	}

	if (item.length === 0) {
		throw new UsageError(
			'name what to add: a track, an episode, an album or a playlist, by URI, link, id with --type, or words.',
		);
	}

	await addItem(item.join(' '), options, io);
}

async function listQueue(options: QueueCommandOptions, io: CommandIo): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'queue'});
	const queue = await client.player.queue();
	if (options.json === true) {
		io.stdout(jsonText(queueJson(queue)));
		return;
	}

	if (queue.currently_playing === null && queue.queue.length === 0) {
		io.stdout('Nothing is playing, and nothing is queued.\n');
		return;
	}

	const rows = [
		...(queue.currently_playing === null ? [] : [{label: 'now', item: queue.currently_playing}]),
		...queue.queue.map((item, index) => ({label: String(index + 1), item})),
	];
	io.stdout(itemsTable(rows, io.columns));
}

async function addItem(argument: string, options: QueueCommandOptions, io: CommandIo): Promise<void> {
	const {client} = await openSpotify(options, io, {needs: 'queue add'});
	const {type, uri} = await resolvePlayable(argument, {catalog: client.catalog, io, type: options.type});
	const target = queueTarget(type, uri);
	const {uris, total} = await urisToQueue(client, target);
	if (uris.length === 0) {
		throw new UsageError(`${uri} has no tracks to add to the queue.`);
	}

	await addToQueue(client.player, uris, {deviceId: await targetDeviceId(client, options.device)});
	if (options.json === true) {
		io.stdout(jsonText({queued: uris, total}));
		return;
	}

	const cut = total > uris.length ? ` (the first ${mostQueued} of ${total})` : '';
	io.stdout(
		uris.length === 1
			? `Added ${uri} to the queue.\n`
			: `Added ${uris.length} tracks of ${uri} to the queue${cut}.\n`,
	);
}

function queueTarget(type: ItemType, uri: string): QueueTarget {
	const id = uri.split(':')[2] ?? '';
	switch (type) {
		case 'track':
		case 'episode': {
			return {type, uri};
		}

		case 'album':
		case 'playlist': {
			return {type, id};
		}

		default: {
			throw new UsageError(
				`the queue takes tracks and episodes, or an album's or a playlist's tracks; ${uri} is ${type === 'artist' ? 'an artist' : `a ${type}`}.`,
			);
		}
	}
}
