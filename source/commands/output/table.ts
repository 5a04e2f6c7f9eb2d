import {terminalSafe} from '../../format/terminal-text.js';
import {fitToWidth, textWidth} from '../../format/text-fit.js';

export type Column = {
	readonly header: string;
	readonly align?: 'left' | 'right';
	/** May be cut short (with an ellipsis) when the table is wider than the terminal. */
	readonly shrinks?: boolean;
	/** May be left out when cutting names is not enough; the lowest goes first. */
	readonly dropOrder?: number;
};

const gap = '  ';
/** Names are cut no shorter than this while a column can still be left out instead. */
const narrowest = 12;

/**
 * Rows under a header, in columns as wide as their widest cell. With `maxWidth` (the terminal's
 * width) the shrinking columns give way, widest first, down to a readable width; then the least
 * useful columns are left out; no line is ever wider than `maxWidth`. Piped output is never cut.
 */
export function formatTable(
	columns: readonly Column[],
	unsafeRows: ReadonlyArray<readonly string[]>,
	maxWidth?: number,
): string {
	// Measured as they will be printed: a control character shows as a symbol one column wide.
	const rows = unsafeRows.map((row) => row.map((cell) => terminalSafe(cell)));
	const natural = columns.map((column, index) =>
		Math.max(textWidth(column.header), ...rows.map((row) => textWidth(row[index] ?? ''))),
	);
	const shown =
		maxWidth === undefined
			? columns.map((_column, index) => index)
			: columnsThatFit(columns, natural, maxWidth);
	const shownColumns = shown.map((index) => columns[index] ?? {header: ''});
	const widths = shown.map((index) => natural[index] ?? 0);
	if (maxWidth !== undefined) {
		const available = maxWidth - gap.length * (shown.length - 1);
		shrinkWidths(widths, shownColumns, available, narrowest);
		shrinkWidths(widths, shownColumns, available, 1);
	}

	const line = (cells: readonly string[]) => {
		const text = shown
			.map((index, position) => fitToWidth(cells[index] ?? '', widths[position] ?? 0, columns[index]?.align))
			.join(gap)
			.trimEnd();
		// Only when even one-character names do not fit: the rest of the line is cut.
		return maxWidth !== undefined && textWidth(text) > maxWidth ? fitToWidth(text, maxWidth).trimEnd() : text;
	};

	return `${[line(columns.map((column) => column.header)), ...rows.map(line)].join('\n')}\n`;
}

/** A line above a table (a heading): terminal-safe, and cut to the terminal's width when there is one. */
export function tableHeading(text: string, maxWidth?: number): string {
	return maxWidth === undefined ? terminalSafe(text) : fitToWidth(text, maxWidth).trimEnd();
}

/** The indexes of the columns to show: all, less the least useful while the rest cannot fit. */
function columnsThatFit(columns: readonly Column[], natural: readonly number[], maxWidth: number): number[] {
	const shown = columns.map((_column, index) => index);
	const narrowestWidth = (index: number) => {
		const width = natural[index] ?? 0;
		return columns[index]?.shrinks === true ? Math.min(width, narrowest) : width;
	};

	for (;;) {
		const needed =
			shown.reduce((sum, index) => sum + narrowestWidth(index), 0) + gap.length * (shown.length - 1);
		const droppable = shown.filter((index) => columns[index]?.dropOrder !== undefined);
		if (needed <= maxWidth || droppable.length === 0) {
			return shown;
		}

		const first = droppable.reduce((lowest, index) =>
			(columns[index]?.dropOrder ?? 0) < (columns[lowest]?.dropOrder ?? 0) ? index : lowest,
		);
		shown.splice(shown.indexOf(first), 1);
	}
}

/** Cuts the widest shrinking column, then the next, until the widths fit or all are at `floor`. */
function shrinkWidths(widths: number[], columns: readonly Column[], available: number, floor: number): void {
	let excess = widths.reduce((sum, width) => sum + width, 0) - available;
	while (excess > 0) {
		let widest = -1;
		for (const [index, column] of columns.entries()) {
			const width = widths[index] ?? 0;
			if (column.shrinks === true && width > floor && (widest === -1 || width > (widths[widest] ?? 0))) {
				widest = index;
			}
		}

		if (widest === -1) {
			return;
		}

		const width = widths[widest] ?? 0;
		const others = widths.filter((_width, index) => index !== widest && columns[index]?.shrinks === true);
		const nextWidest = Math.max(floor, ...others);
		const cut = Math.min(excess, Math.max(1, width - nextWidest));
		widths[widest] = width - cut;
		excess -= cut;
	}
}
