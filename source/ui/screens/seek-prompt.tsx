import {Text} from 'ink';
import {TextFieldView} from '../components/text-field-view.js';
import type {TextField} from '../state/text-field.js';

const label = 'Go to: ';

/** The time to seek to, as it is typed. */
export function SeekPrompt({field, width}: {field: TextField; width: number}) {
	return (
		<Text>
			<Text bold>{label}</Text>
			<TextFieldView field={field} width={Math.max(1, width - label.length - 1)} />
		</Text>
	);
}
