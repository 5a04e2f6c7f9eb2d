import {closestMatch} from '../../config/suggest.js';
import {formatDuration} from '../../format/duration.js';
import {terminalSafe} from '../../format/terminal-text.js';
import type {PlaybackState} from '../../spotify/schemas.js';

type Playing = PlaybackState & {item: NonNullable<PlaybackState['item']>};

/** `--format` placeholders, each with what it becomes (README, "now --follow"). */
const placeholders = {
	title: (state: Playing) => state.item.name,
	artist: (state: Playing) =>
		state.item.type === 'track'
			? state.item.artists.map((artist) => artist.name).join(', ')
			: state.item.show.name,
	album: (state: Playing) => (state.item.type === 'track' ? state.item.album.name : state.item.show.name),
	device: (state: Playing) => state.device.name,
	volume: (state: Playing) =>
		state.device.volume_percent === null ? '' : String(state.device.volume_percent),
	state: (state: Playing) => (state.is_playing ? 'playing' : 'paused'),
	symbol: (state: Playing) => (state.is_playing ? '▶' : '⏸'),
	shuffle: (state: Playing) => (state.shuffle_state ? 'on' : 'off'),
	repeat: (state: Playing) => state.repeat_state,
	duration: (state: Playing) => formatDuration(state.item.duration_ms),
	uri: (state: Playing) => state.item.uri,
} as const;

type Placeholder = keyof typeof placeholders;
export const nowPlaceholders = Object.keys(placeholders) as Placeholder[];

/** A parsed `--format`: literal text and placeholders, in order. */
export type NowTemplate = ReadonlyArray<{readonly text: string} | {readonly placeholder: Placeholder}>;

/** Why a `--format` cannot be used: a sentence for the command line's error. */
export class NowTemplateError extends Error {
	override readonly name = 'NowTemplateError';
}

/** Reads `{artist} – {title}`; `{{` and `}}` stand for braces. */
export function parseNowTemplate(text: string): NowTemplate {
	const parts: Array<NowTemplate[number]> = [];
	let literal = '';
	for (let index = 0; index < text.length; index += 1) {
		const character = text[index];
		if ((character === '{' || character === '}') && text[index + 1] === character) {
			literal += character;
			index += 1;
			continue;
		}

		if (character === '}') {
			throw new NowTemplateError('a } closes no placeholder: write }} for a brace.');
		}

		if (character !== '{') {
			literal += character;
			continue;
		}

		const end = text.indexOf('}', index);
		if (end === -1) {
			throw new NowTemplateError('a { opens a placeholder that is never closed: write {{ for a brace.');
		}

		parts.push({text: literal}, {placeholder: placeholderNamed(text.slice(index + 1, end))});
		literal = '';
		index = end;
	}

	parts.push({text: literal});
	return parts.filter((part) => !('text' in part) || part.text !== '');
}

/** The line for what plays; empty when nothing does, so a status bar can hide itself. */
export function renderNowTemplate(template: NowTemplate, state: PlaybackState | undefined): string {
	const item = state?.item ?? null;
	if (state === undefined || item === null) {
		return '';
	}

	const playing: Playing = {...state, item};
	const line = template
		.map((part) => ('text' in part ? part.text : placeholders[part.placeholder](playing)))
		.join('');
	return terminalSafe(line);
}

function placeholderNamed(name: string): Placeholder {
	const wanted = name.trim().toLowerCase();
	const known = nowPlaceholders.find((placeholder) => placeholder === wanted);
	if (known !== undefined) {
		return known;
	}

	const suggestion = closestMatch(wanted, nowPlaceholders);
	const list = nowPlaceholders.map((placeholder) => `{${placeholder}}`).join(' ');
	throw new NowTemplateError(
		`there is no placeholder {${terminalSafe(name)}}${suggestion === undefined ? '' : ` (did you mean {${suggestion}}?)`}; the placeholders are ${list}.`,
	);
}
