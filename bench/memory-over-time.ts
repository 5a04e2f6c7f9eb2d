import {readFile, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import type {Sandbox} from '../source/sandbox/sandbox.js';
import {startTerminal, type Terminal} from '../test/helpers/pseudo-terminal.js';
import {loggedInHome} from './logged-in-home.js';
import {residentBySource} from './measure.js';
import type {MemoryReading} from './memory-probe.js';
import {openAlbum, selectedTrack} from './terminal-walk.js';

/**
 * The probe's reading, and the resident memory after the collections by where it comes from (Linux):
 * pages of files are node's executable and libraries as far as they have been run, which grows
 * as V8 optimises more code; the rest is what the app holds.
 */
export type MemorySample = MemoryReading & {
	readonly fromFilesAfterGc: number | undefined;
	readonly anonymousAfterGc: number | undefined;
};

export type MemoryOverTime = {
	/** After search → albums → the box set's tracks → play. */
	readonly afterFlow: MemorySample;
	/** After that many moves up and down the tracks. */
	readonly afterMoves: MemorySample;
	/** Readings while the track plays and no key is pressed, with the minutes since the moves. */
	readonly idle: ReadonlyArray<{readonly minutes: number; readonly reading: MemorySample}>;
};

export type MemoryPlan = {
	readonly moves: number;
	readonly idleMinutes: number;
	readonly readEverySeconds: number;
};

/**
 * The built CLI in a real terminal against `sandbox`, logged in, as a long session goes: the walk
 * to the box set's tracks and play the first, then `moves` presses of ↓ and ↑ through its tracks,
 * each waited for, then nothing for `idleMinutes` while it plays. The app runs with the bench's
 * memory probe (memory-probe.ts), read at each step.
 */
export async function measureMemoryOverTime(
	cli: string,
	sandbox: Sandbox,
	walk: {artistQuery: string; albumName: string; trackCount: number},
	{moves, idleMinutes, readEverySeconds}: MemoryPlan,
): Promise<MemoryOverTime> {
	const {home, configPath, remove} = await loggedInHome(sandbox);
	const readingFile = join(home, 'memory.json');
	const probe = fileURLToPath(new URL('memory-probe.js', import.meta.url));
	let terminal: Terminal | undefined;
	try {
		const app = startTerminal(
			process.execPath,
			['--expose-gc', '--import', probe, cli, '--config', configPath],
			{env: {XDG_CONFIG_HOME: home, MUSICTERMINAL_BENCH_MEMORY: readingFile}},
		);
		terminal = app;
		const read = async () => readMemory(app.pid, readingFile);
		await openAlbum(app, walk);
		app.press('enter');
		await app.waitFor(/▶ \S/);
		const afterFlow = await read();

		let row = 1;
		let step = 1;
		for (let move = 0; move < moves; move += 1) {
			if (row + step < 1 || row + step > walk.trackCount) {
				step = -step;
			}

			row += step;
			app.press(step > 0 ? 'down' : 'up');
			await app.waitFor(selectedTrack(row));
		}

		const afterMoves = await read();
		const idle: Array<{minutes: number; reading: MemorySample}> = [{minutes: 0, reading: afterMoves}];
		const started = performance.now();
		for (let at = readEverySeconds; at <= idleMinutes * 60; at += readEverySeconds) {
			await delay(Math.max(0, started + at * 1000 - performance.now()));
			idle.push({minutes: at / 60, reading: await read()});
		}

		app.press('ctrl-c');
		await app.exit();
		return {afterFlow, afterMoves, idle};
	} finally {
		terminal?.dispose();
		await remove();
	}
}

/** Asks the probe in process `pid` for its memory and waits for the answer in `file`. */
async function readMemory(pid: number, file: string): Promise<MemorySample> {
	await rm(file, {force: true});
	process.kill(pid, 'SIGUSR2');
	const deadline = performance.now() + 10_000;
	for (;;) {
		try {
			const reading = JSON.parse(await readFile(file, 'utf8')) as MemoryReading;
			const bySource = residentBySource(pid);
			return {...reading, fromFilesAfterGc: bySource?.fromFiles, anonymousAfterGc: bySource?.anonymous};
		} catch (error) {
			if (performance.now() > deadline) {
				throw new Error(`the app's memory probe did not answer: ${String(error)}`);
			}

			await delay(20);
		}
	}
}
