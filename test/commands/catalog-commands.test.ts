import {describe, expect, test} from 'vitest';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import {runSearchCommand} from '../../source/commands/search.js';
import {runTracksCommand} from '../../source/commands/tracks.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});
const json = () => JSON.parse(session().stdout()) as Record<string, unknown>;

function prolificArtist() {
	const artist = sandbox().catalog.artist(sandbox().catalog.highlights.prolificArtistId);
	if (artist === undefined) {
		throw new Error('no prolific artist');
	}

	return artist;
}

describe('search', () => {
	test('prints artists, albums and tracks as tables, saying how many of how many', async () => {
		await runSearchCommand('the', {...options(), type: ['artist', 'album', 'track'], limit: 3}, session().io);
		const text = session().stdout();
		expect(text).toMatch(/^Artists: 3 of \d+\nID {2,}ARTIST {2,}GENRES\n/);
		expect(text).toMatch(/\n\nAlbums: 3 of \d+\nID {2,}ALBUM {2,}ARTIST {2,}YEAR {2}TRACKS {2}TYPE\n/);
		expect(text).toMatch(/\n\nTracks: 3 of \d+\nID {2,}TRACK {2,}ARTIST {2,}ALBUM {2,}LENGTH\n/);
		expect(text.split('\n').filter((line) => /^[\dA-Za-z]{22} {2}/.test(line))).toHaveLength(9);
	});

	test('--json gives each type its total and items in the documented shape', async () => {
		await runSearchCommand(
			prolificArtist().name,
			{...options(), type: ['artist'], limit: 10, json: true},
			session().io,
		);
		expect(json()).toEqual({
			artists: {
				total: 1,
				items: [
					{
						id: prolificArtist().id,
						uri: `spotify:artist:${prolificArtist().id}`,
						name: prolificArtist().name,
						genres: [...prolificArtist().genres],
					},
				],
			},
		});
	});

	test('more results than one page holds come from several pages', async () => {
		await runSearchCommand('the', {...options(), type: ['track'], limit: 25, json: true}, session().io);
		const {tracks} = json() as {tracks: {items: Array<{id: string; album: unknown; durationMs: number}>}};
		expect(tracks.items).toHaveLength(25);
		expect(new Set(tracks.items.map((track) => track.id)).size).toBe(25);
		expect(tracks.items[0]).toMatchObject({
			album: {name: expect.any(String)},
			durationMs: expect.any(Number),
		});
	});

	test('nothing found says so', async () => {
		await runSearchCommand('zzzzqqqq', {...options(), type: ['album'], limit: 10}, session().io);
		expect(session().stdout()).toBe('Albums: none match "zzzzqqqq"\n');
	});
});

describe('albums', () => {
	test('an artist named in words: the best match is said on stderr, every album printed', async () => {
		await runAlbumsCommand(
			'endless archive',
			{...options(), groups: ['album', 'single', 'compilation']},
			session().io,
		);
		const count = sandbox().catalog.artistAlbums(prolificArtist().id, [
			'album',
			'single',
			'compilation',
		]).length;
		expect(session().stderr()).toBe(
			`musicterminal: taking the best match, ${prolificArtist().name} (spotify:artist:${prolificArtist().id}).\n`,
		);
		const lines = session().stdout().trimEnd().split('\n');
		expect(lines[0]).toBe(`${prolificArtist().name}: ${count} albums`);
		expect(lines[1]).toMatch(/^ID {2,}ALBUM {2,}YEAR {2}TRACKS {2}TYPE$/);
		expect(lines).toHaveLength(count + 2);
	});

	test('--json with an open.spotify.com link gives the artist and all albums in order', async () => {
		const link = `https://open.spotify.com/intl-de/artist/${prolificArtist().id}?si=abc123`;
		await runAlbumsCommand(link, {...options(), groups: ['appears_on'], json: true}, session().io);
		const expected = sandbox().catalog.artistAlbums(prolificArtist().id, ['appears_on']);
		const {artist, albums} = json() as {artist: {id: string}; albums: Array<{id: string; artists: string[]}>};
		expect(artist.id).toBe(prolificArtist().id);
		expect(albums.map((album) => album.id)).toEqual(expected.map((entry) => entry.album.id));
		expect(session().stderr()).toBe('');
	});
});

describe('tracks', () => {
	test('a box set prints a heading and every track, numbered', async () => {
		const id = sandbox().catalog.highlights.boxSetAlbumId;
		const album = sandbox().catalog.album(id);
		await runTracksCommand(`spotify:album:${id}`, options(), session().io);
		const lines = session().stdout().trimEnd().split('\n');
		expect(lines[0]).toMatch(
			new RegExp(
				`^${escapeForRegExp(album?.name ?? '')} · .+ · \\d{4} · ${album?.trackIds.length} tracks, \\d+:\\d{2}:\\d{2}$`,
			),
		);
		expect(lines[1]).toMatch(/^ {0,3}# {2}TRACK {2,}ARTIST {2,}LENGTH {2}ID$/);
		expect(lines).toHaveLength((album?.trackIds.length ?? 0) + 2);
	});

	test('a single of one track says 1 track, not 1 tracks', async () => {
		const single = sandbox().catalog.albums.find((album) => album.trackIds.length === 1);
		await runTracksCommand(`spotify:album:${single?.id}`, options(), session().io);
		expect(session().stdout().split('\n')[0]).toMatch(/ · 1 track, \d+:\d{2}$/);
	});

	test('--json gives the album and its tracks in order', async () => {
		const id = sandbox().catalog.highlights.boxSetAlbumId;
		await runTracksCommand(id, {...options(), json: true}, session().io);
		const {album, tracks} = json() as {album: {id: string; totalTracks: number}; tracks: Array<{id: string}>};
		expect(album.id).toBe(id);
		expect(tracks.map((track) => track.id)).toEqual(sandbox().catalog.album(id)?.trackIds);
		expect(album.totalTracks).toBe(tracks.length);
	});
});

function escapeForRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
