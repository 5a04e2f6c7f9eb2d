import type {Key} from 'ink';
import {createContext, useContext, useLayoutEffect} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

/** Where the view in front (a list, the device picker) leaves its key handler for the app. */
export type ViewKeys = {current: KeyHandler | undefined};

export const ViewKeysContext = createContext<ViewKeys>({current: undefined});

/**
 * Hands the view's keys to the app, which passes on, one at a time and in order, the keys that
 * mean nothing app-wide; the handler is always this render's.
 */
export function useViewKeys(handler: KeyHandler, {isActive = true} = {}): void {
	const viewKeys = useContext(ViewKeysContext);
	useLayoutEffect(() => {
		if (!isActive) {
			return undefined;
		}

		viewKeys.current = handler;
		return () => {
			if (viewKeys.current === handler) {
				viewKeys.current = undefined;
			}
		};
	});
}
