import {Box, Text} from 'ink';
import {type ReactNode, useMemo} from 'react';
import {fitToWidth, textWidth} from '../../format/text-fit.js';
import {ListView} from '../components/list-view.js';
import {SearchTabsLine} from '../components/search-tabs-line.js';
import {Spinner} from '../components/spinner.js';
import {TextFieldView} from '../components/text-field-view.js';
import {useTheme} from '../components/theme.js';
import {useDelayed} from '../hooks/use-delayed.js';
import type {ListContext, ListKind} from '../lists/catalog-list.js';
import {catalogList} from '../lists/catalog-lists.js';
import {isComplete, type ListStateOf, shownCount, totalText} from '../state/list-state.js';
import type {SearchTabs} from '../state/ui-state.js';

type ListScreenProps<Kind extends ListKind> = {
	readonly list: ListStateOf<Kind>;
	readonly context: ListContext;
	readonly width: number;
	readonly height: number;
	/** A search's kinds, the shown one marked, above the title. */
	readonly tabs?: SearchTabs | undefined;
};

/** A list from the store: title and position, filter, rows, or why there are none yet. */
export function ListScreen<Kind extends ListKind>({
	list,
	context,
	width,
	height,
	tabs,
}: ListScreenProps<Kind>) {
	const theme = useTheme();
	const declaration = catalogList(list.kind);
	const loading = list.inFlight.length > 0;
	const showSpinner = useDelayed(loading, 150);
	const count = shownCount(list);
	const showFilter = list.filtering || list.filter.text !== '';
	const hasErrorLine = list.error !== undefined && list.items.length > 0;
	const listHeight =
		height - 1 - (showFilter ? 1 : 0) - (hasErrorLine ? 1 : 0) - (tabs === undefined ? 0 : 1);
	const title = declaration.title({label: list.label, about: list.about, total: totalText(list)});
	const spinning = loading && showSpinner && list.items.length > 0;
	const progress = spinning
		? loadingNote(list)
		: list.items.length > 0 && !isComplete(list) && list.matches === undefined
			? `${list.items.length} loaded`
			: undefined;
	const position = positionText(list, count, listHeight - 1);
	// A spinner's turning mark goes before the right-hand text while more rows load.
	const right = [progress, position].filter((part) => part !== undefined).join(' · ');
	const retry = list.retryable ? `${list.error ?? ''} Press Enter to try again.` : (list.error ?? '');
	// Worked out again only when the rows or the playing track change, not on every key.
	const rows = useMemo(
		() =>
			list.matches === undefined
				? list.items
				: list.matches.flatMap((index) => {
						const item = list.items[index];
						return item === undefined ? [] : [item];
					}),
		[list.items, list.matches],
	);
	const columns = useMemo(
		() =>
			declaration.columns(list.items, {
				playingUri: context.playingUri,
				saved: context.saved,
				canPlay: context.canPlay,
			}),
		[declaration, list.items, context.playingUri, context.saved, context.canPlay],
	);

	let body: ReactNode;
	if (list.error !== undefined && list.items.length === 0) {
		body = (
			<Box width={width}>
				<Text {...theme.error} wrap="wrap">
					{retry}
				</Text>
			</Box>
		);
	} else if (list.items.length === 0 && loading) {
		body = showSpinner ? <Spinner label={declaration.loadingText} /> : null;
	} else if (count === 0) {
		body = (
			<Text {...theme.dim}>
				{fitToWidth(
					list.filter.text === ''
						? declaration.empty(list.subject)
						: `Nothing matches "${list.filter.text}".`,
					width,
				)}
			</Text>
		);
	} else {
		body = (
			<ListView items={rows} columns={columns} selected={list.selected} height={listHeight} width={width} />
		);
	}

	const rightWidth = right === '' ? 0 : textWidth(right) + 1 + (spinning ? 2 : 0);
	return (
		<Box flexDirection="column" height={height} overflowY="hidden">
			{tabs === undefined ? null : <SearchTabsLine tabs={tabs} width={width} />}
			<Text>
				<Text bold>{fitToWidth(title, Math.max(0, width - rightWidth))}</Text>
				{spinning ? (
					<>
						<Text> </Text>
						<Spinner label={right} />
					</>
				) : right === '' ? null : (
					<Text {...theme.dim}>{fitToWidth(` ${right}`, rightWidth, 'right')}</Text>
				)}
			</Text>
			{showFilter ? (
				<Text>
					<Text {...theme.dim}>Filter: </Text>
					<TextFieldView field={list.filter} width={width - 24} active={list.filtering} />
					{list.filtering ? null : <Text {...theme.dim}> (f to change)</Text>}
				</Text>
			) : null}
			{hasErrorLine ? <Text {...theme.error}>{fitToWidth(retry, width)}</Text> : null}
			{body}
		</Box>
	);
}

function loadingNote(list: ListStateOf<ListKind>): string {
	if (list.toEnd) {
		return `loading to the end, ${list.items.length} of ${list.total ?? '?'}…`;
	}

	return list.total === undefined ? 'loading…' : `loading ${list.items.length} of ${list.total}…`;
}

/** `120/331`, where the list is longer than the screen; `3/12 matching` under a filter. */
function positionText(list: ListStateOf<ListKind>, count: number, rowsShown: number): string | undefined {
	if (count === 0) {
		return undefined;
	}

	if (list.matches !== undefined) {
		return `${list.selected + 1}/${count} matching`;
	}

	const total = isComplete(list) ? count : Math.max(count, list.total ?? count);
	return total > rowsShown ? `${list.selected + 1}/${total}` : undefined;
}
