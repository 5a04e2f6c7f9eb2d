export type TerminalSize = {readonly columns: number; readonly rows: number};

export const minimumSize: TerminalSize = {columns: 40, rows: 12};

export function isTooSmall(size: TerminalSize): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}

/**
 * Rows between the header and the player bar. One row short of the terminal, so Ink redraws only
 * what changed instead of clearing the screen.
 */
export function contentHeight(size: TerminalSize): number {
	return size.rows - 1 - 5;
}

/** Rows a list moves by on PgUp and PgDn: those it shows under its title and column headers. */
export function listPageRows(size: TerminalSize): number {
	return Math.max(1, contentHeight(size) - 3);
}

/**
 * The first of `rowsShown` rows on screen when row `selected` of `count` is chosen. The list turns a
 * page at a time, as a pager does, keeping the row before the selection in sight: moving within a
 * page changes two rows on screen, and only turning one draws them all. It depends on nothing but
 * its arguments, so the same selection always shows the same rows, however keys were batched.
 */
export function firstRowShown(selected: number, count: number, rowsShown: number): number {
	const lastTop = Math.max(0, count - rowsShown);
	if (rowsShown < 3) {
		return Math.max(0, Math.min(selected - rowsShown + 1, lastTop));
	}

	const step = rowsShown - 1;
	const pageTop = selected <= 0 ? 0 : Math.floor((selected - 1) / step) * step;
	return Math.min(pageTop, lastTop);
}
