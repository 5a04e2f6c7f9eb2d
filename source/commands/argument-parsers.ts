import {InvalidArgumentError} from 'commander';
import type {AlbumGroup, SearchType} from '../spotify/catalog-client.js';
import {type ItemType, itemTypes} from '../spotify/spotify-reference.js';
import {type NowTemplate, NowTemplateError, parseNowTemplate} from './output/now-template.js';

// Commander puts these after its own sentence ("argument 'x' is invalid."), so each starts a sentence.

export function parsePort(text: string): number {
	const port = Number(text);
	if (!/^\d+$/.test(text) || port > 65_535) {
		throw new InvalidArgumentError('A port is a whole number from 0 to 65535.');
	}

	return port;
}

export function parseLimit(text: string): number {
	const limit = Number(text);
	if (!/^\d+$/.test(text) || limit < 1 || limit > 100) {
		throw new InvalidArgumentError('The limit is a whole number from 1 to 100.');
	}

	return limit;
}

export function parseSearchTypes(text: string): SearchType[] {
	return parseList(text, ['artist', 'album', 'track']);
}

export function parseAlbumGroups(text: string): AlbumGroup[] {
	return parseList(text, ['album', 'single', 'compilation', 'appears_on']);
}

export function parseItemType(text: string): ItemType {
	const type = itemTypes.find((candidate) => candidate === text.trim().toLowerCase());
	if (type === undefined) {
		throw new InvalidArgumentError(`Choose one of ${itemTypes.join(', ')}.`);
	}

	return type;
}

function parseList<Value extends string>(text: string, allowed: readonly Value[]): Value[] {
	const values = text
		.split(',')
		.map((value) => value.trim().toLowerCase())
		.filter((value) => value !== '');
	const wrong = values.filter((value) => !(allowed as readonly string[]).includes(value));
	if (values.length === 0 || wrong.length > 0) {
		throw new InvalidArgumentError(`Choose from ${allowed.join(', ')}, separated by commas.`);
	}

	return [...new Set(values)] as Value[];
}

export function parseNowFormat(text: string): NowTemplate {
	try {
		return parseNowTemplate(text);
	} catch (error) {
		throw error instanceof NowTemplateError ? new InvalidArgumentError(error.message) : error;
	}
}
