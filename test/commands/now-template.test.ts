import {describe, expect, test} from 'vitest';
import {
	NowTemplateError,
	nowPlaceholders,
	parseNowTemplate,
	renderNowTemplate,
} from '../../source/commands/output/now-template.js';
import type {PlaybackState} from '../../source/spotify/schemas.js';

const artist = (name: string) => ({id: name, name, uri: `spotify:artist:${name}`});

function trackPlaying(fields: {name: string; artists: string[]; album: string}): PlaybackState {
	return {
		device: {
			id: 'd',
			name: 'Studio Desktop',
			type: 'Computer',
			is_active: true,
			is_restricted: false,
			volume_percent: 62,
			supports_volume: true,
		},
		repeat_state: 'context',
		shuffle_state: true,
		context: null,
		currently_playing_type: 'track',
		progress_ms: 1000,
		is_playing: true,
		item: {
			type: 'track',
			id: 't',
			name: fields.name,
			uri: 'spotify:track:t',
			duration_ms: 187_000,
			track_number: 1,
			disc_number: 1,
			explicit: false,
			is_local: false,
			artists: fields.artists.map(artist),
			album: {
				id: 'a',
				name: fields.album,
				uri: 'spotify:album:a',
				album_type: 'album',
				album_group: null,
				release_date: '2020',
				total_tracks: 1,
				artists: [],
			},
		},
	};
}

const song = trackPlaying({name: 'Paranoid Android', artists: ['Radiohead'], album: 'OK Computer'});

describe('--format templates', () => {
	test('every placeholder', () => {
		const template = parseNowTemplate(nowPlaceholders.map((name) => `{${name}}`).join('|'));
		expect(renderNowTemplate(template, song)).toBe(
			'Paranoid Android|Radiohead|OK Computer|Studio Desktop|62|playing|▶|on|context|3:07|spotify:track:t',
		);
	});

	test('{{ and }} are braces; placeholders ignore case and spaces', () => {
		expect(renderNowTemplate(parseNowTemplate('{{{ Artist }}} – {TITLE}'), song)).toBe(
			'{Radiohead} – Paranoid Android',
		);
	});

	test('an episode: its show stands for artist and album', () => {
		const episode: PlaybackState = {
			...song,
			item: {
				type: 'episode',
				id: 'e',
				name: 'Episode 12',
				uri: 'spotify:episode:e',
				duration_ms: 60_000,
				show: {name: 'The Show'},
				audiobook: null,
			},
		};
		expect(renderNowTemplate(parseNowTemplate('{artist} / {album}: {title}'), episode)).toBe(
			'The Show / The Show: Episode 12',
		);
	});

	test('names with escape sequences or line breaks cannot steer the terminal or break the line', () => {
		const hostile = trackPlaying({
			name: 'Title\u001B]0;owned\u0007\nNext line',
			artists: ['A\u001B[2JB', 'C\u202ED'],
			album: 'x',
		});
		expect(renderNowTemplate(parseNowTemplate('{artist} – {title}'), hostile)).toBe(
			'AB, CD – Title Next line',
		);
	});

	test.each([
		[
			'{artst} – {title}',
			/^there is no placeholder \{artst\} \(did you mean \{artist\}\?\); the placeholders are \{title\} /,
		],
		['{}', /^there is no placeholder \{\}; the placeholders are/],
		['{artist', /^a \{ opens a placeholder that is never closed: write \{\{ for a brace\.$/],
		['artist}', /^a \} closes no placeholder: write \}\} for a brace\.$/],
	])('%j is refused with the reason and the placeholders', (text, message) => {
		expect(() => parseNowTemplate(text)).toThrow(NowTemplateError);
		expect(() => parseNowTemplate(text)).toThrow(message);
	});
});
