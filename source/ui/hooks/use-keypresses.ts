import {type Key, useInput, usePaste, useStdin} from 'ink';
import {useCallback} from 'react';
import {readKeys} from '../keys/key-press.js';
import type {UiStore} from '../store/ui-store.js';

/**
 * The app's one way in for keys: each becomes an action reduced against the latest state, in the
 * order it came, however many arrive at once.
 */
export function useKeypresses(store: UiStore): void {
	const {isRawModeSupported} = useStdin();
	// One handler for the app's life, so Ink never swaps it between two keys.
	const handle = useCallback(
		(input: string, key: Key) => {
			for (const event of readKeys(input, key)) {
				store.dispatch(
					event.kind === 'key' ? {type: 'key', press: event.press} : {type: 'paste', text: event.text},
				);
			}
		},
		[store],
	);
	useInput(handle, {isActive: isRawModeSupported});
	// Ink turns bracketed paste on while this listens, and hands over a paste whole: typed, not keys.
	usePaste(
		useCallback((text: string) => store.dispatch({type: 'paste', text}), [store]),
		{isActive: isRawModeSupported},
	);
}
