import {closestMatch} from '../../config/suggest.js';
import {artistNames} from '../../format/catalog-text.js';
import {formatDuration} from '../../format/duration.js';
import {describePlayingItem, type PlayingItemDescription} from '../../format/playing-item.js';
import {terminalSafe} from '../../format/terminal-text.js';
import type {PlaybackState, PlayingItem} from '../../spotify/schemas.js';

type Playing = PlaybackState & {readonly description: PlayingItemDescription};

/** Who made what plays: a track's artists, an episode's show, a chapter's audiobook. */
function maker(item: PlayingItem, description: PlayingItemDescription): string {
	if (item?.type === 'track') {
		return artistNames(item.artists);
	}

	return item?.type === 'episode' ? description.subtitle : '';
}

/** Where it comes from: a track's album, an episode's show, a chapter's audiobook. */
function source(item: PlayingItem, description: PlayingItemDescription): string {
	if (item?.type === 'track') {
		return item.album?.name ?? '';
	}

	return item?.type === 'episode' ? description.subtitle : '';
}

/** `--format` placeholders, each with what it becomes (README, "now --follow"). */
const placeholders = {
	title: (state: Playing) => state.description.title,
	artist: (state: Playing) => maker(state.item, state.description),
	album: (state: Playing) => source(state.item, state.description),
	device: (state: Playing) => state.device.name,
	volume: (state: Playing) =>
		state.device.volume_percent === null ? '' : String(state.device.volume_percent),
	state: (state: Playing) => (state.is_playing ? 'playing' : 'paused'),
	symbol: (state: Playing) => (state.is_playing ? '▶' : '⏸'),
	shuffle: (state: Playing) => (state.shuffle_state ? 'on' : 'off'),
	repeat: (state: Playing) => state.repeat_state,
	duration: (state: Playing) =>
		state.description.durationMs === null ? '' : formatDuration(state.description.durationMs),
	uri: (state: Playing) => state.item?.uri ?? '',
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
	const description = state === undefined ? undefined : describePlayingItem(state);
	if (state === undefined || description === undefined) {
		return '';
	}

	const playing: Playing = {...state, description};
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
