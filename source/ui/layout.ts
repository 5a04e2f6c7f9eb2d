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
