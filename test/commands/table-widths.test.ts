import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import type {CommandIo} from '../../source/commands/command-io.js';
import {runDevicesCommand} from '../../source/commands/devices.js';
import {runSearchCommand} from '../../source/commands/search.js';
import {runTracksCommand} from '../../source/commands/tracks.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withRenamedSandbox} from '../helpers/renamed-sandbox.js';

// Wide characters: each CJK character and each emoji takes two columns.
const longSuffix = ' 東京事変の長い夜明けの歌 서울의 밤 🎸🎹🥁👩‍👩‍👧‍👦 深夜の交響曲第九番';
const sandbox = withRenamedSandbox({suffix: longSuffix, seed: 3434});
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});

const commands: ReadonlyArray<readonly [string, (io: CommandIo) => Promise<void>]> = [
	[
		'search',
		(io) => runSearchCommand('endless', {...options(), type: ['artist', 'album', 'track'], limit: 10}, io),
	],
	[
		'albums',
		(io) =>
			runAlbumsCommand(
				'endless archive',
				{...options(), groups: ['album', 'single', 'compilation', 'appears_on']},
				io,
			),
	],
	['tracks', (io) => runTracksCommand(firstAlbumId(), options(), io)],
	['devices', (io) => runDevicesCommand(options(), io)],
];

function firstAlbumId(): string {
	const artistId = sandbox().catalog.highlights.prolificArtistId;
	const [entry] = sandbox().catalog.artistAlbums(artistId, ['album', 'single', 'compilation', 'appears_on']);
	return entry?.album.id ?? '';
}

/** Runs the command as if stdout were a terminal `columns` wide; what it printed. */
async function printedAt(
	run: (io: CommandIo) => Promise<void>,
	columns: number | undefined,
): Promise<string> {
	let text = '';
	await run({
		...session().io,
		columns,
		stdout: (chunk) => {
			text += chunk;
		},
	});
	return text;
}

describe('tables fit the terminal, wide characters and all', () => {
	for (const [name, run] of commands) {
		test.each([40, 60, 80, 120])(`${name} at %i columns: no line is wider`, async (columns) => {
			const lines = (await printedAt(run, columns)).trimEnd().split('\n');
			const tooWide = lines.filter((line) => stringWidth(line) > columns);
			expect(tooWide).toEqual([]);
			// Names are cut, not lost: each table still shows them, with the ellipsis where cut.
			expect(lines.some((line) => line.includes('…'))).toBe(true);
		});
	}

	test('narrower terminals leave out the least useful columns first', async () => {
		const [, albums] = commands[1] ?? [];
		const header = async (columns: number) =>
			(await printedAt(albums ?? (async () => {}), columns)).split('\n')[1]?.split(/\s{2,}/);
		expect(await header(120)).toEqual(['ID', 'ALBUM', 'YEAR', 'TRACKS', 'TYPE']);
		expect(await header(60)).toEqual(['ID', 'ALBUM', 'YEAR', 'TRACKS']);
		expect(await header(40)).toEqual(['ID', 'ALBUM']);
		const [, devices] = commands[3] ?? [];
		const devicesHeader = async (columns: number) =>
			(await printedAt(devices ?? (async () => {}), columns)).split('\n')[0]?.split(/\s{2,}/);
		expect(await devicesHeader(120)).toEqual(['NAME', 'TYPE', 'VOLUME', 'STATE', 'ID']);
		expect(await devicesHeader(80)).toEqual(['NAME', 'VOLUME', 'STATE', 'ID']);
		expect(await devicesHeader(60)).toEqual(['NAME', 'VOLUME', 'STATE']);
	});

	test.each(commands.map(([name, run]) => [name, run] as const))(
		'%s piped (no width) is never cut',
		async (_name, run) => {
			const text = await printedAt(run, undefined);
			expect(text).not.toContain('…');
			expect(text).toContain(longSuffix);
		},
	);
});
