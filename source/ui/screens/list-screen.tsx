import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {terminalSafe} from '../../format/terminal-text.js';
import {fitToWidth} from '../../format/text-fit.js';
import {type ListColumn, ListView} from '../components/list-view.js';
import {Spinner} from '../components/spinner.js';
import {useTheme} from '../components/theme.js';
import {useDelayed} from '../hooks/use-delayed.js';

type ListScreenProps<Item> = {
	readonly title: string;
	readonly items: readonly Item[];
	readonly columns: ReadonlyArray<ListColumn<Item>>;
	readonly selected: number;
	readonly loading: boolean;
	/** What is loading, for the spinner: "Searching…", "Loading albums 40 of 321…". */
	readonly loadingText: string;
	/** A failure to show in place of the list, with what to do. */
	readonly error: string | undefined;
	readonly empty: string;
	readonly filter: string;
	readonly filtering: boolean;
	readonly width: number;
	readonly height: number;
};

/** A titled list, or the reason it has nothing to show: loading, failed, empty, filtered out. */
export function ListScreen<Item>(props: ListScreenProps<Item>) {
	const theme = useTheme();
	const showSpinner = useDelayed(props.loading, 150);
	const showFilter = props.filtering || props.filter !== '';
	const listHeight = props.height - 1 - (showFilter ? 1 : 0);
	let body: ReactNode;
	if (props.error !== undefined && props.items.length === 0) {
		body = (
			<Box width={props.width}>
				<Text {...theme.error} wrap="wrap">
					{terminalSafe(props.error)}
				</Text>
			</Box>
		);
	} else if (props.items.length === 0 && props.loading) {
		body = showSpinner ? <Spinner label={props.loadingText} /> : null;
	} else if (props.items.length === 0) {
		body = (
			<Text {...theme.dim}>
				{terminalSafe(props.filter === '' ? props.empty : `Nothing matches "${props.filter}".`)}
			</Text>
		);
	} else {
		body = (
			<ListView
				items={props.items}
				columns={props.columns}
				selected={props.selected}
				height={listHeight}
				width={props.width}
			/>
		);
	}

	return (
		<Box flexDirection="column" height={props.height} overflowY="hidden">
			<Text bold>
				{fitToWidth(
					props.loading && props.items.length > 0 && showSpinner
						? `${props.title} · ${props.loadingText}`
						: props.title,
					props.width,
				)}
			</Text>
			{showFilter ? (
				<Text>
					<Text {...theme.dim}>Filter: </Text>
					{terminalSafe(props.filter)}
					{props.filtering ? <Text {...theme.selected}> </Text> : <Text {...theme.dim}> (f to change)</Text>}
				</Text>
			) : null}
			{body}
		</Box>
	);
}

/** The items whose text contains the filter, in any case. */
export function filterItems<Item>(
	items: readonly Item[],
	filter: string,
	text: (item: Item) => string,
): readonly Item[] {
	const needle = filter.trim().toLocaleLowerCase();
	return needle === '' ? items : items.filter((item) => text(item).toLocaleLowerCase().includes(needle));
}
