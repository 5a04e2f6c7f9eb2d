import {useContext, useSyncExternalStore} from 'react';
import type {UiState} from '../state/ui-state.js';
import {type UiStore, UiStoreContext} from '../store/ui-store.js';

export function useUiStore(): UiStore {
	const store = useContext(UiStoreContext);
	if (store === undefined) {
		throw new Error('useUiStore needs the UiStoreContext provider');
	}

	return store;
}

/** The part of the store's state that `select` picks; the component draws again when it changes. */
export function useUiState<Part>(select: (state: UiState) => Part): Part {
	const store = useUiStore();
	return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
