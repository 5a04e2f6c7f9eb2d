import {type Key, useInput, useStdin} from 'ink';
import {useCallback, useRef} from 'react';
import {KeyReader} from '../keys/key-press.js';
import type {UiStore} from '../store/ui-store.js';

/**
 * The app's one way in for keys: each becomes an action reduced against the latest state, in the
 * order it came, however many arrive at once.
 */
export function useKeypresses(store: UiStore): void {
	const reader = useRef(new KeyReader());
	const {isRawModeSupported} = useStdin();
	// One handler for the app's life, so Ink never swaps it between two keys.
	const handle = useCallback(
		(input: string, key: Key) => {
			for (const event of reader.current.read(input, key)) {
				store.dispatch(
					event.kind === 'key'
						? {type: 'key', press: event.press}
						: event.kind === 'paste'
							? {type: 'paste', text: event.text}
							: {type: 'focus'},
				);
			}
		},
		[store],
	);
	useInput(handle, {isActive: isRawModeSupported});
}
