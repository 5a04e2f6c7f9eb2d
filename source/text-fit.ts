import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** `text` in exactly `width` terminal columns: cut with an ellipsis if wider, padded if narrower. */
export function fitToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	if (width <= 0) {
		return '';
	}

	const fitted = stringWidth(text) > width ? cliTruncate(text, width) : text;
	const padding = ' '.repeat(Math.max(0, width - stringWidth(fitted)));
	return align === 'right' ? padding + fitted : fitted + padding;
}

export {stringWidth as textWidth};
