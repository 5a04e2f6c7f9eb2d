import type * as XtermHeadless from '@xterm/headless';
import {eastAsianWidth} from 'get-east-asian-width';

// Columns as xterm 379 and tmux 3.3 draw them, read back from each with a cursor position report:
// code point by code point, by East Asian Width, nothing for marks, joiners, selectors and other
// format characters (a soft hyphen takes one), nothing for a Hangul syllable's vowel and tail. A
// family emoji takes eight columns, a keycap one, a flag two.
const zeroWidth =
	/[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
const hangulJamoTail = /[\u1160-\u11FF\uD7B0-\uD7FF]/;

function width(codePoint: number): 0 | 1 | 2 {
	const character = String.fromCodePoint(codePoint);
	if (codePoint === 0xad) {
		return 1;
	}

	return zeroWidth.test(character) || hangulJamoTail.test(character) ? 0 : eastAsianWidth(codePoint);
}

/** For xterm.js's `unicode.register`: the headless screen then draws as xterm does. */
export const codePointWidths: XtermHeadless.IUnicodeVersionProvider = {
	version: 'xterm-379',
	wcwidth: width,
	charProperties(codePoint, preceding) {
		// As xterm.js's own providers pack it: the width in bits 1–2, bit 0 to join the preceding cell.
		const own = width(codePoint);
		const precedingWidth = (preceding >> 1) & 3;
		const joins = own === 0 && preceding !== 0 && precedingWidth !== 0;
		return ((joins ? precedingWidth : own) << 1) | (joins ? 1 : 0);
	},
};
