import type {Dispatch} from 'react';
import type {UiAction} from '../state/ui-state.js';
import {useViewKeys} from './use-view-keys.js';

type ListKeys = {
	/** Rows in the list as shown (after the filter). */
	readonly count: number;
	/** Rows on one screen, for PgUp and PgDn. */
	readonly pageSize: number;
	readonly isActive: boolean;
	/** Letters are going into the filter: only arrows and pages move, and Enter keeps the filter. */
	readonly typing: boolean;
	readonly dispatch: Dispatch<UiAction>;
	/** Enter on the selected row. */
	readonly onEnter: () => void;
	/** `a`: play the selected album, or this album, from its start. */
	readonly onPlayAlbum?: (() => void) | undefined;
};

/** Moving through a list: ↑/↓ j/k, PgUp/PgDn, g/G Home/End, and Enter. */
export function useListKeys({
	count,
	pageSize,
	isActive,
	typing,
	dispatch,
	onEnter,
	onPlayAlbum,
}: ListKeys): void {
	useViewKeys(
		(input, key) => {
			const move = (by: number | 'first' | 'last') => {
				dispatch({type: 'move', by, count});
			};

			const letter = typing ? '' : input;
			if (key.upArrow || letter === 'k') {
				move(-1);
			} else if (key.downArrow || letter === 'j') {
				move(1);
			} else if (key.pageUp) {
				move(-pageSize);
			} else if (key.pageDown) {
				move(pageSize);
			} else if (key.home || letter === 'g') {
				move('first');
			} else if (key.end || letter === 'G') {
				move('last');
			} else if (key.return && typing) {
				dispatch({type: 'filter', on: false});
			} else if (key.return) {
				onEnter();
			} else if (letter === 'a') {
				onPlayAlbum?.();
			}
		},
		{isActive},
	);
}
