import {Box, Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {TextFieldView} from '../components/text-field-view.js';
import {useTheme} from '../components/theme.js';
import type {SearchBox} from '../state/ui-state.js';

/** The search box, and the searches made before (in this run and earlier ones). */
export function SearchScreen({search, width, height}: {search: SearchBox; width: number; height: number}) {
	const theme = useTheme();
	const {recent, recentIndex} = search;
	const label = `Search ${search.kind}: `;
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text>
				<Text bold>{label}</Text>
				<TextFieldView field={search.field} width={Math.max(1, width - label.length - 1)} />
			</Text>
			<Text {...theme.dim}>
				{fitToWidth(
					'Type a name, or paste a Spotify link, and press Enter. Tab: artists, albums, tracks or playlists; Esc: your library.',
					width,
				)}
			</Text>
			{recent.length === 0 ? null : (
				<>
					<Text> </Text>
					<Text {...theme.dim}>Recent searches (↑/↓)</Text>
					{recent.slice(0, Math.max(0, height - 4)).map((entry, index) => (
						<Text key={entry} {...(index === recentIndex ? theme.selected : {})}>
							{fitToWidth(`  ${entry}`, width)}
						</Text>
					))}
				</>
			)}
		</Box>
	);
}
