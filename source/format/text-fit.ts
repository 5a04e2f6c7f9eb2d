import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';
import {terminalSafe} from './terminal-text.js';

// Every frame fits the same few hundred cells again; measuring text outside ASCII is costly. Two
// generations of answers: the older is dropped when the newer fills, so the cells in use stay.
const generationSize = 2000;
// Longer texts are fitted each time: the memory kept stays small whatever names come.
const longestRemembered = 256;
let fitted = new Map<string, string>();
let previouslyFitted = new Map<string, string>();

/**
 * `text` in exactly `width` terminal columns (as `textWidth` counts them): made terminal-safe, cut
 * with an ellipsis if wider, at its end or, with `cutAt: 'start'`, at its start; padded if narrower.
 */
export function fitToWidth(
	text: string,
	width: number,
	align: 'left' | 'right' = 'left',
	cutAt: 'start' | 'end' = 'end',
): string {
	if (width <= 0) {
		return '';
	}

	const remembered = text.length <= longestRemembered;
	const key = `${width}${align === 'left' ? '<' : '>'}${cutAt === 'end' ? '' : '…'}${text}`;
	let result = remembered ? recall(key) : undefined;
	if (result === undefined) {
		const cut = cutToWidth(terminalSafe(text), width, cutAt);
		const padding = ' '.repeat(Math.max(0, width - textWidth(cut)));
		result = align === 'right' ? padding + cut : cut + padding;
		if (remembered) {
			remember(key, result);
		}
	}

	return result;
}

const printableAscii = /^[\x20-\x7E]*$/;

/**
 * The columns `text` takes where terminals draw it widest. Terminals that draw grapheme clusters
 * (kitty, WezTerm, iTerm2, Windows Terminal) give an emoji sequence two columns, as string-width
 * does; those that draw code point by code point (xterm, VTE, tmux) give a family emoji eight, a
 * keycap one and a soft hyphen one. A cluster counts the larger, so no row wraps in either; where
 * a terminal draws it narrower, the row ends a little short.
 */
export function textWidth(text: string): number {
	if (printableAscii.test(text)) {
		return text.length;
	}

	let width = 0;
	for (const cluster of clustersOf(text)) {
		width += clusterWidth(cluster);
	}

	return width;
}

function cutToWidth(text: string, width: number, cutAt: 'start' | 'end'): string {
	if (printableAscii.test(text)) {
		// One column a character: what most names are, without measuring.
		if (text.length <= width) {
			return text;
		}

		return cutAt === 'end' ? `${text.slice(0, width - 1)}…` : `…${text.slice(text.length - width + 1)}`;
	}

	if (cutAt === 'start') {
		const kept = leadingClusters([...clustersOf(text)].reverse(), width);
		return kept === undefined ? text : `…${kept.reverse().join('')}`;
	}

	// Read only as far as the width reaches: a name may be a megabyte long.
	const kept = leadingClusters(clustersOf(text), width);
	return kept === undefined ? text : `${kept.join('')}…`;
}

function* clustersOf(text: string): Generator<string> {
	for (const {segment} of graphemes().segment(text)) {
		yield segment;
	}
}

/** The first of `clusters` that fit in `width` with an ellipsis after them; undefined when all of them fit without. */
function leadingClusters(clusters: Iterable<string>, width: number): string[] | undefined {
	const kept: string[] = [];
	let used = 0;
	// How many of them leave a column for the ellipsis.
	let besideEllipsis = 0;
	for (const cluster of clusters) {
		used += clusterWidth(cluster);
		if (used > width) {
			return kept.slice(0, besideEllipsis);
		}

		kept.push(cluster);
		if (used < width) {
			besideEllipsis = kept.length;
		}
	}

	return undefined;
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(): Intl.Segmenter {
	segmenter ??= new Intl.Segmenter();
	return segmenter;
}

// Drawn in no column by terminals either way: marks, joiners, selectors, other format characters.
const zeroWidth =
	/[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
// Hangul vowels and final consonants that a terminal drawing code points sets under the syllable's first.
const hangulJamoTail = /[\u1160-\u11FF\uD7B0-\uD7FF]/;
const softHyphen = '\u00AD';

function isOneCodePoint(cluster: string): boolean {
	return cluster.length === ((cluster.codePointAt(0) ?? 0) > 0xff_ff ? 2 : 1);
}

function clusterWidth(cluster: string): number {
	if (isOneCodePoint(cluster)) {
		const first = cluster.codePointAt(0) ?? 0;
		// One code point: string-width's answer without its emoji pattern, and a soft hyphen as terminals draw it.
		return cluster === softHyphen ? 1 : zeroWidth.test(cluster) ? 0 : eastAsianWidth(first);
	}

	let eachCodePoint = 0;
	for (const character of cluster) {
		eachCodePoint +=
			character === softHyphen
				? 1
				: zeroWidth.test(character) || hangulJamoTail.test(character)
					? 0
					: eastAsianWidth(character.codePointAt(0) ?? 0);
	}

	return Math.max(stringWidth(cluster), eachCodePoint);
}

function recall(key: string): string | undefined {
	const current = fitted.get(key);
	if (current !== undefined) {
		return current;
	}

	const earlier = previouslyFitted.get(key);
	if (earlier !== undefined) {
		remember(key, earlier);
	}

	return earlier;
}

function remember(key: string, fittedText: string): void {
	if (fitted.size >= generationSize) {
		previouslyFitted = fitted;
		fitted = new Map();
	}

	fitted.set(key, fittedText);
}
