import {Text} from 'ink';
import {terminalSafe} from '../../format/terminal-text.js';
import {fitToWidth, textWidth} from '../../format/text-fit.js';
import type {TextField} from '../state/text-field.js';
import {useTheme} from './theme.js';

/** A text field in `width` columns, with its cursor; long text scrolls so the cursor stays in view. */
export function TextFieldView({
	field,
	width,
	active = true,
}: {
	field: TextField;
	width: number;
	active?: boolean;
}) {
	const theme = useTheme();
	const characters = [...field.text];
	// Roughly a column a character; fitToWidth makes it exact.
	const start = Math.max(0, field.cursor - Math.max(0, width - 2));
	const before = terminalSafe(characters.slice(start, field.cursor).join(''));
	const at = terminalSafe(characters[field.cursor] ?? ' ');
	const after = characters.slice(field.cursor + 1).join('');
	if (!active) {
		return <Text>{fitToWidth(field.text, width).trimEnd()}</Text>;
	}

	return (
		<Text>
			{before}
			<Text {...theme.selected}>{at}</Text>
			{fitToWidth(after, Math.max(0, width - textWidth(before) - textWidth(at))).trimEnd()}
		</Text>
	);
}
