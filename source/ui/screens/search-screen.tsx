import {Box, Text} from 'ink';
import {fitToWidth} from '../../format/text-fit.js';
import {useTheme} from '../components/theme.js';

type SearchScreenProps = {
	readonly query: string;
	readonly recent: readonly string[];
	readonly recentIndex: number | undefined;
	readonly width: number;
	readonly height: number;
};

/** The search box, and the searches made before. */
export function SearchScreen({query, recent, recentIndex, width, height}: SearchScreenProps) {
	const theme = useTheme();
	const label = 'Search artists: ';
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text>
				<Text bold>{label}</Text>
				{fitToWidth(query, Math.max(0, width - label.length - 1)).trimEnd()}
				<Text {...theme.selected}> </Text>
			</Text>
			<Text {...theme.dim}>{fitToWidth('Type a name and press Enter.', width)}</Text>
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
