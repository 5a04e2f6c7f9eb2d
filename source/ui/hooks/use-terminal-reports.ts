import {useStdin} from 'ink';
import {useEffect} from 'react';
import type {UiStore} from '../store/ui-store.js';

// Focus reporting (which the TUI turns on): the terminal says its window has gained focus.
const focusIn = '\u001B[I';

/**
 * What the terminal reports rather than types: Ink keeps such sequences from its key handlers, so
 * they are read here from what comes in, as it comes (Ink reads the same chunks: a `data` listener
 * beside Ink's `readable` one sees each without taking it).
 */
export function useTerminalReports(store: UiStore): void {
	const {stdin} = useStdin();
	useEffect(() => {
		const onData = (chunk: string | Uint8Array) => {
			const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
			for (let at = text.indexOf(focusIn); at !== -1; at = text.indexOf(focusIn, at + focusIn.length)) {
				store.dispatch({type: 'focus'});
			}
		};

		stdin.on('data', onData);
		return () => {
			stdin.off('data', onData);
		};
	}, [stdin, store]);
}
