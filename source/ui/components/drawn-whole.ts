import {hasDisputedWidth} from '../../format/text-fit.js';

// Ink redraws a changed line from its first changed column, placing the cursor there by
// string-width's count of the columns before it. Where that count and the terminal's drawing
// disagree (an emoji sequence in xterm or tmux, a soft hyphen), the cursor would land elsewhere
// and leave the line garbled. Ink draws a line holding any control sequence but colours whole; an
// empty hyperlink end (OSC 8), which every terminal passes over, is such a sequence.
const drawWhole = '\u001B]8;;\u001B\\';

/** `text` for a line of the screen, marked to be drawn whole when terminals disagree on its width. */
export function drawnWhole(text: string): string {
	return hasDisputedWidth(text) ? `${text}${drawWhole}` : text;
}
