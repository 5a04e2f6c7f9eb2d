// The yardstick for start-up: the least an Ink app can be, bundled as the CLI is. A title and a
// list of 1,000 rows, of which it draws those that fit; ↑/↓ move, q quits.
import {Box, render, Text, useApp, useInput, useWindowSize} from 'ink';
import {useState} from 'react';

const rows = Array.from({length: 1000}, (_, index) => `Row ${index + 1}`);

function TrivialList() {
	const {exit} = useApp();
	const {rows: height} = useWindowSize();
	const [selected, setSelected] = useState(0);
	useInput((input, key) => {
		if (input === 'q') {
			exit();
		} else if (key.downArrow) {
			setSelected((index) => Math.min(rows.length - 1, index + 1));
		} else if (key.upArrow) {
			setSelected((index) => Math.max(0, index - 1));
		}
	});
	const shown = Math.max(1, height - 2);
	const top = Math.max(0, Math.min(selected - Math.floor(shown / 2), rows.length - shown));
	return (
		<Box flexDirection="column">
			<Text bold>Trivial list</Text>
			{rows.slice(top, top + shown).map((row, offset) => (
				<Text key={row} inverse={top + offset === selected}>
					{row}
				</Text>
			))}
		</Box>
	);
}

render(<TrivialList />);
