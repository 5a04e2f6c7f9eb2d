import {createContext} from 'react';
import type {UiAction} from '../state/ui-action.js';
import {uiReducer} from '../state/ui-reducer.js';
import type {UiState} from '../state/ui-state.js';
import {createStore, type Store} from './create-store.js';

export type UiStore = Store<UiState, UiAction>;

export function createUiStore(initial: UiState): UiStore {
	return createStore(uiReducer, initial);
}

export const UiStoreContext = createContext<UiStore | undefined>(undefined);
