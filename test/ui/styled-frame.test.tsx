import {EventEmitter} from 'node:events';
import {createRequire} from 'node:module';
import type * as XtermHeadless from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {track} from './state/ui-state-builders.js';

// Ink colours through chalk, which reads FORCE_COLOR when it loads: set before Ink is imported.
process.env.FORCE_COLOR = '1';
const [{Box, render}, {Header}, {ListView}, {StatusLine}, {colorTheme, ThemeContext}, {tracksList}] =
	await Promise.all([
		import('ink'),
		import('../../source/ui/components/header.js'),
		import('../../source/ui/components/list-view.js'),
		import('../../source/ui/components/status-line.js'),
		import('../../source/ui/components/theme.js'),
		import('../../source/ui/lists/tracks-list.js'),
	]);
const {Terminal: VirtualScreen} = createRequire(import.meta.url)('@xterm/headless') as typeof XtermHeadless;

/** A 40-column terminal for Ink in this process: it keeps every frame Ink writes. */
class FrameRecorder extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 40;
	readonly rows = 10;
	readonly frames: string[] = [];

	write(chunk: string): boolean {
		this.frames.push(chunk);
		return true;
	}
}

const width = 40;
const tracks = [
	{...track(0), name: 'Opening', duration_ms: 187_000},
	{...track(1), name: 'Second Light', duration_ms: 3_765_000, explicit: true},
	{...track(2), name: 'Closing', duration_ms: 61_000},
];

function ThemedFrame() {
	return (
		<ThemeContext.Provider value={colorTheme}>
			<Box flexDirection="column" width={width}>
				<Header trail={['Artists', 'Night Shift']} width={width} note="demo" />
				<ListView
					items={tracks}
					columns={tracksList.columns(tracks, {playingUri: tracks[1]?.uri, saved: new Map(), canPlay: true})}
					selected={1}
					height={4}
					width={width}
				/>
				<StatusLine
					status={{kind: 'error', text: 'Spotify did not answer.', id: 1}}
					busy={undefined}
					hint=""
					width={width}
				/>
			</Box>
		</ThemeContext.Provider>
	);
}

const esc = '\u001B[';
// The frame's bytes as Ink writes them through chalk and @alcalzone/ansi-tokenize: bold green
// name, dim note and column headers, the selected row inverse to its last column, red error.
const expectedFrame = [
	`${esc}1m${esc}32mmusicterminal${esc}39m${esc}22m…Artists › Night Shift${esc}2m demo${esc}22m`,
	`${esc}2m    #        TITLE                  TIME${esc}22m`,
	'    1        Opening                3:07',
	`${esc}7m›   2  ♪     Second Light     E  1:02:45${esc}27m`,
	'    3        Closing                1:01',
	`${esc}31mSpotify did not answer.${' '.repeat(17)}${esc}39m`,
].join('\n');

describe('a themed frame as Ink writes it', () => {
	test('its bytes carry every colour and the inverse selection, and a terminal shows them so', async () => {
		const stdout = new FrameRecorder();
		const instance = render(<ThemedFrame />, {
			stdout: stdout as unknown as NodeJS.WriteStream,
			debug: true,
			patchConsole: false,
		});
		instance.unmount();
		const frame = stdout.frames.find((written) => written.includes('musicterminal')) ?? '';
		expect(JSON.stringify(frame)).toBe(JSON.stringify(expectedFrame));

		// Read by a terminal: the styles land on the cells they belong to.
		const screen = new VirtualScreen({cols: width, rows: 8, allowProposedApi: true});
		await new Promise<void>((resolve) => {
			screen.write(frame.replaceAll('\n', '\r\n'), resolve);
		});
		const cell = (row: number, column: number) => {
			const found = screen.buffer.active.getLine(row)?.getCell(column);
			if (found === undefined) {
				throw new Error(`no cell at ${row}:${column}`);
			}

			return found;
		};

		// xterm.js answers each attribute as a bit of its flags: not 0 when set.
		const style = (row: number, column: number) => {
			const at = cell(row, column);
			return {
				bold: at.isBold() !== 0,
				dim: at.isDim() !== 0,
				inverse: at.isInverse() !== 0,
				colour: at.isFgPalette() ? at.getFgColor() : undefined,
			};
		};

		const green = 2;
		const red = 1;
		expect(style(0, 0)).toEqual({bold: true, dim: false, inverse: false, colour: green});
		expect(style(0, 13)).toEqual({bold: false, dim: false, inverse: false, colour: undefined});
		expect(style(0, 36)).toMatchObject({dim: true});
		expect(style(1, 4)).toMatchObject({dim: true, inverse: false});
		for (let column = 0; column < width; column += 1) {
			expect(style(3, column), `the selected row, column ${column}`).toMatchObject({
				inverse: true,
				dim: false,
			});
			expect(style(2, column).inverse).toBe(false);
		}

		expect(style(5, 0)).toMatchObject({colour: red, inverse: false});

		screen.dispose();
	});
});
