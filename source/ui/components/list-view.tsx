import {Text} from 'ink';
import {memo} from 'react';
import {fitToWidth} from '../../format/text-fit.js';
import {firstRowShown} from '../layout.js';
import {useTheme} from './theme.js';

export type ListColumn<Item> = {
	readonly header: string;
	/** Columns of fixed width; `flex` columns share what is left. */
	readonly width: number | 'flex';
	readonly align?: 'left' | 'right';
	readonly cell: (item: Item) => string;
	/** Left out when the list is narrower than this, so the names keep room. */
	readonly hideBelow?: number;
};

type ListViewProps<Item> = {
	readonly items: readonly Item[];
	readonly columns: ReadonlyArray<ListColumn<Item>>;
	readonly selected: number;
	/** Rows available, the column headers included. */
	readonly height: number;
	readonly width: number;
};

const gap = 2;

/**
 * The rows that fit under a line of column headers, a page at a time (see `firstRowShown`): a move
 * of the selection changes two rows, and React renders only those two again.
 */
export function ListView<Item>({items, columns: allColumns, selected, height, width}: ListViewProps<Item>) {
	const theme = useTheme();
	const columns = allColumns.filter((column) => column.hideBelow === undefined || width >= column.hideBelow);
	const widths = columnWidths(columns, width - 2);
	const rowsShown = Math.max(1, height - 1);
	const top = firstRowShown(selected, items.length, rowsShown);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, index) => fitToWidth(cell, widths[index] ?? 0, columns[index]?.align))
			.join(' '.repeat(gap));
	return (
		<>
			<Text {...theme.dim}>{`  ${line(columns.map((column) => column.header))}`}</Text>
			{items.slice(top, top + rowsShown).map((item, offset) => {
				const index = top + offset;
				// A row that keeps its text and its mark is not drawn again.
				return (
					<ListRow
						key={index}
						text={line(columns.map((column) => column.cell(item)))}
						selected={index === selected}
					/>
				);
			})}
		</>
	);
}

const ListRow = memo(function ListRow({text, selected}: {text: string; selected: boolean}) {
	const theme = useTheme();
	return selected ? <Text {...theme.selected}>{`› ${text}`}</Text> : <Text>{`  ${text}`}</Text>;
});

function columnWidths<Item>(columns: ReadonlyArray<ListColumn<Item>>, width: number): number[] {
	const fixed = columns.reduce((sum, column) => sum + (column.width === 'flex' ? 0 : column.width), 0);
	const flexCount = columns.filter((column) => column.width === 'flex').length;
	const spare = Math.max(0, width - fixed - gap * (columns.length - 1));
	const flexWidth = flexCount === 0 ? 0 : Math.floor(spare / flexCount);
	return columns.map((column) => (column.width === 'flex' ? flexWidth : column.width));
}
