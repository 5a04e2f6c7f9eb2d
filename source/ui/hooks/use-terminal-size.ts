import {useStdout} from 'ink';
import {useEffect} from 'react';
import type {TerminalSize} from '../layout.js';
import type {UiStore} from '../store/ui-store.js';

/** What Ink's stdout is: a stream, and a terminal's size where it is one. */
type Screen = NodeJS.WritableStream & {readonly columns?: number; readonly rows?: number};

export function terminalSize(stdout: Screen): TerminalSize {
	return {columns: stdout.columns || 100, rows: stdout.rows || 30};
}

/** Tells the store the terminal's size whenever it changes. */
export function useTerminalSize(store: UiStore): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const onResize = () => {
			store.dispatch({type: 'resize', size: terminalSize(stdout)});
		};

		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, store]);
}
