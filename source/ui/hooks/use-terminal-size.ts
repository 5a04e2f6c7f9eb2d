import {useStdout} from 'ink';
import {useEffect} from 'react';
import type {TerminalSize} from '../layout.js';
import type {UiStore} from '../store/ui-store.js';

export function terminalSize(stdout: NodeJS.WriteStream): TerminalSize {
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
