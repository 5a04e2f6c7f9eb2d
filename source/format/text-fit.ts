import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import {terminalSafe} from './terminal-text.js';

// Every frame fits the same few hundred cells again; measuring text outside ASCII is costly.
const fittedLimit = 4000;
const fitted = new Map<string, string>();

/**
 * `text` in exactly `width` terminal columns: made terminal-safe, cut with an ellipsis if wider,
 * padded if narrower.
 */
export function fitToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	if (width <= 0) {
		return '';
	}

	const key = `${width}${align === 'left' ? '<' : '>'}${text}`;
	let result = fitted.get(key);
	if (result === undefined && printableAscii.test(text)) {
		// One column a character, nothing to make safe: what most names are, without measuring.
		const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
		result = align === 'right' ? cut.padStart(width) : cut.padEnd(width);
		remember(key, result);
	}

	if (result === undefined) {
		const safe = terminalSafe(text);
		let cut = safe;
		if (stringWidth(safe) > width) {
			cut = cliTruncate(safe, width);
			// cli-truncate can end on a wide character (CJK, emoji) that takes one column too many.
			for (let room = width - 1; room > 0 && stringWidth(cut) > width; room -= 1) {
				cut = cliTruncate(safe, room);
			}
		}

		const padding = ' '.repeat(Math.max(0, width - stringWidth(cut)));
		result = align === 'right' ? padding + cut : cut + padding;
		remember(key, result);
	}

	return result;
}

const printableAscii = /^[\x20-\x7E]*$/;

function remember(key: string, fittedText: string): void {
	if (fitted.size >= fittedLimit) {
		fitted.clear();
	}

	fitted.set(key, fittedText);
}

export {stringWidth as textWidth};
