import {terminalSafe} from '../../format/terminal-text.js';
import {fitToWidth, textWidth} from '../../format/text-fit.js';

export type Column = {
	readonly header: string;
	readonly align?: 'left' | 'right';
	/** May be cut short (with an ellipsis) when the table is wider than the terminal. */
	readonly shrinks?: boolean;
};

const gap = '  ';
const narrowest = 12;

/**
 * Rows under a header, in columns as wide as their widest cell. With `maxWidth` (the terminal's
 * width) the shrinking columns give way, widest first, so no line wraps; piped output is never cut.
 */
export function formatTable(
	columns: readonly Column[],
	unsafeRows: ReadonlyArray<readonly string[]>,
	maxWidth?: number,
): string {
	// Measured as they will be printed: a control character shows as a symbol one column wide.
	const rows = unsafeRows.map((row) => row.map((cell) => terminalSafe(cell)));
	const widths = columns.map((column, index) =>
		Math.max(textWidth(column.header), ...rows.map((row) => textWidth(row[index] ?? ''))),
	);
	if (maxWidth !== undefined) {
		fitWidths(widths, columns, maxWidth - gap.length * (columns.length - 1));
	}

	const line = (cells: readonly string[]) =>
		columns
			.map((column, index) => fitToWidth(cells[index] ?? '', widths[index] ?? 0, column.align))
			.join(gap)
			.trimEnd();
	return `${[line(columns.map((column) => column.header)), ...rows.map(line)].join('\n')}\n`;
}

function fitWidths(widths: number[], columns: readonly Column[], available: number): void {
	let excess = widths.reduce((sum, width) => sum + width, 0) - available;
	while (excess > 0) {
		let widest = -1;
		for (const [index, column] of columns.entries()) {
			const width = widths[index] ?? 0;
			if (column.shrinks === true && width > narrowest && (widest === -1 || width > (widths[widest] ?? 0))) {
				widest = index;
			}
		}

		if (widest === -1) {
			return;
		}

		const width = widths[widest] ?? 0;
		const others = widths.filter((_width, index) => index !== widest && columns[index]?.shrinks === true);
		const nextWidest = Math.max(narrowest, ...others);
		const cut = Math.min(excess, Math.max(1, width - nextWidest));
		widths[widest] = width - cut;
		excess -= cut;
	}
}
