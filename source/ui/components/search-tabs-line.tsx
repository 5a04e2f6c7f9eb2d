import {Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {searchKinds} from '../state/search-kinds.js';
import type {SearchTabs} from '../state/ui-state.js';
import {useTheme} from './theme.js';

const names = {artists: 'Artists', albums: 'Albums', tracks: 'Tracks', playlists: 'Playlists'} as const;

/** The kinds of a search's results, the one shown marked: Tab goes to the next. */
export function SearchTabsLine({tabs, width}: {tabs: SearchTabs; width: number}) {
	const theme = useTheme();
	const room = Math.max(0, width - 40);
	return (
		<Text>
			{searchKinds.map((kind) => (
				<Text key={kind} {...(kind === tabs.kind ? theme.selected : theme.dim)}>
					{` ${names[kind]} `}
				</Text>
			))}
			<Text {...theme.dim}>{fitToWidth('  Tab: next', room)}</Text>
		</Text>
	);
}
