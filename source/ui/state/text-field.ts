/** A line of text being typed, and where the cursor is in it (in characters, not UTF-16 units). */
export type TextField = {readonly text: string; readonly cursor: number};

export type TextEdit =
	| 'left'
	| 'right'
	| 'start'
	| 'end'
	| 'erase'
	| 'erase-forward'
	| 'erase-to-start'
	| 'erase-word';

export const emptyField: TextField = {text: '', cursor: 0};

export function fieldWith(text: string): TextField {
	return {text, cursor: [...text].length};
}

/** `typed` put in at the cursor; line breaks and other controls become spaces or are dropped. */
export function insertText(field: TextField, typed: string): TextField {
	const clean = [...typed.replaceAll(/[\r\n\t]+/g, ' ')].filter((character) => !isControl(character));
	if (clean.length === 0) {
		return field;
	}

	const characters = [...field.text];
	characters.splice(field.cursor, 0, ...clean);
	return {text: characters.join(''), cursor: field.cursor + clean.length};
}

export function editField(field: TextField, edit: TextEdit): TextField {
	const characters = [...field.text];
	const {cursor} = field;
	switch (edit) {
		case 'left': {
			return {text: field.text, cursor: Math.max(0, cursor - 1)};
		}

		case 'right': {
			return {text: field.text, cursor: Math.min(characters.length, cursor + 1)};
		}

		case 'start': {
			return {text: field.text, cursor: 0};
		}

		case 'end': {
			return {text: field.text, cursor: characters.length};
		}

		case 'erase': {
			return cursor === 0 ? field : cut(characters, cursor - 1, cursor);
		}

		case 'erase-forward': {
			return cursor === characters.length ? field : cut(characters, cursor, cursor + 1);
		}

		case 'erase-to-start': {
			return cut(characters, 0, cursor);
		}

		case 'erase-word': {
			// Back over spaces, then over the word before them, as a shell's Ctrl-W does.
			let from = cursor;
			while (from > 0 && characters[from - 1] === ' ') {
				from -= 1;
			}

			while (from > 0 && characters[from - 1] !== ' ') {
				from -= 1;
			}

			return cut(characters, from, cursor);
		}
	}
}

function cut(characters: readonly string[], from: number, to: number): TextField {
	return {text: [...characters.slice(0, from), ...characters.slice(to)].join(''), cursor: from};
}

function isControl(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x20 || (code >= 0x7f && code < 0xa0);
}
