import {describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {runLibraryCommand} from '../../source/commands/library.js';
import {runLikeCommand} from '../../source/commands/like.js';
import {runNewReleasesCommand} from '../../source/commands/new-releases.js';
import {runPlaylistCommand} from '../../source/commands/playlist.js';
import {UsageError} from '../../source/errors.js';
import {textWidth} from '../../source/format/text-fit.js';
import {
	LibraryNeedsLoginError,
	MissingScopeError,
	PlaylistItemsRefusedError,
} from '../../source/spotify/spotify-errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {allScopes, callApi, userTokens, withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = (more: {json?: boolean} = {}) => ({config: session().configPath, ...more});

function playlistNamed(name: string) {
	const found = sandbox()
		.library.playlists()
		.find((playlist) => playlist.name === name);
	if (found === undefined) {
		throw new Error(`no playlist ${name}`);
	}

	return found;
}

const json = () => JSON.parse(session().stdout()) as Record<string, unknown>;

describe('library', () => {
	test('Liked Songs, newest first, in a table that fits the terminal', async () => {
		await runLibraryCommand('tracks', options(), {...session().io, columns: 80});
		const [heading, header, first, ...rest] = session().stdout().trimEnd().split('\n');
		expect(heading).toBe('Liked Songs: 150, newest first');
		expect(header).toMatch(/^TRACK +ARTIST/);
		const newest = sandbox().catalog.track(sandbox().library.saved('track')[0]?.id ?? '');
		expect(first).toContain(newest?.name.slice(0, 10));
		expect(rest).toHaveLength(149);
		for (const line of session().stdout().split('\n')) {
			expect(textWidth(line), line).toBeLessThanOrEqual(80);
		}
	});

	test('--json: each kind in its documented shape', async () => {
		await runLibraryCommand('tracks', options({json: true}), session().io);
		const tracks = json();
		expect(tracks).toMatchObject({total: 150, capped: false});
		expect((tracks.tracks as unknown[])[0]).toEqual({
			id: expect.any(String),
			uri: expect.stringMatching(/^spotify:track:/),
			name: expect.any(String),
			artists: expect.any(Array),
			album: {id: expect.any(String), uri: expect.any(String), name: expect.any(String)},
			discNumber: expect.any(Number),
			trackNumber: expect.any(Number),
			durationMs: expect.any(Number),
			explicit: expect.any(Boolean),
			addedAt: expect.stringMatching(/Z$/),
		});
	});

	test.each([
		['albums', /^Saved albums: 60, newest first\nALBUM +ARTIST +YEAR +TRACKS +ADDED +ID\n/],
		[
			'playlists',
			/^Playlists: 8 .*\nPLAYLIST +OWNER +TRACKS +KIND +ID\nLate Night Drive +Sandbox Listener +45 +yours/,
		],
		[
			'recent',
			/^Recently played: 40, newest first\nPLAYED +TRACK +ARTIST +ALBUM +ID\n\d{4}-\d\d-\d\d \d\d:\d\d/,
		],
		['artists', /^Artists you follow: 30\nID +ARTIST +GENRES\n/],
	] as const)('%s', async (kind, expected) => {
		await runLibraryCommand(kind, options(), session().io);
		expect(session().stdout()).toMatch(expected);
	});

	test('--json of playlists says whose each is', async () => {
		await runLibraryCommand('playlists', options({json: true}), session().io);
		const {playlists} = json() as {playlists: Array<{name: string; relation: string; owner: {name: string}}>};
		expect(playlists.map((playlist) => [playlist.name, playlist.relation])).toContainEqual([
			'Deep Focus',
			'followed',
		]);
		expect(playlists.find((playlist) => playlist.name === 'Summer House')).toMatchObject({
			relation: 'collaborative',
			owner: {id: 'mika-n', name: 'Mika'},
			collaborative: true,
			total: 18,
		});
	});
});

describe('playlist', () => {
	test('a playlist of your own, numbered, its episodes too', async () => {
		const coffee = playlistNamed('Morning Coffee');
		await runPlaylistCommand(`https://open.spotify.com/playlist/${coffee.id}?si=x`, options(), session().io);
		const lines = session().stdout().split('\n');
		expect(lines[0]).toBe('Morning Coffee · by Sandbox Listener · 14 tracks');
		expect(lines[1]).toMatch(/^ +# +TITLE +BY +ALBUM +LENGTH +URI$/);
		expect(lines[2]).toMatch(/^ +1 .* spotify:episode:/);
		expect(lines.filter((line) => line.includes('spotify:track:'))).toHaveLength(12);
	});

	test('a playlist of one track says 1 track, not 1 tracks', async () => {
		const road = playlistNamed('Road Trip 2026');
		const {accessToken} = await userTokens(sandbox(), allScopes);
		const firstPage = await callApi(sandbox(), accessToken, 'GET', `/playlists/${road.id}/items?limit=1`);
		const page = {...(firstPage.body as Record<string, unknown>), total: 1, next: null};
		sandbox().faults.inject({
			path: `/v1/playlists/${road.id}/items`,
			fault: {kind: 'json-answer', status: 200, body: page},
			times: Number.POSITIVE_INFINITY,
		});
		await runPlaylistCommand(`spotify:playlist:${road.id}`, options(), session().io);
		expect(session().stdout().split('\n')[0]).toBe('Road Trip 2026 · by Sandbox Listener · 1 track');
	});

	test('--json gives each entry with its position', async () => {
		const road = playlistNamed('Road Trip 2026');
		await runPlaylistCommand(`spotify:playlist:${road.id}`, options({json: true}), session().io);
		const output = json() as {
			playlist: {name: string};
			items: Array<{position: number; item: {type: string}}>;
		};
		expect(output.playlist.name).toBe('Road Trip 2026');
		expect(output.items).toHaveLength(130);
		expect(output.items[129]).toMatchObject({position: 129, item: {type: 'track'}});
	});

	test('a followed playlist says why it cannot be listed, and how to play it', async () => {
		const followed = playlistNamed('Deep Focus');
		const error = await runPlaylistCommand(followed.id, options(), session().io).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(PlaylistItemsRefusedError);
		expect((error as Error).message).toBe(
			`Spotify lets apps read a playlist's items only when you own it or collaborate on it, which you do not for "Deep Focus" (spotify:playlist:${followed.id}): play it all with \`musicterminal play spotify:playlist:${followed.id}\`.`,
		);
	});

	test('an album or words are not a playlist', async () => {
		await expect(
			runPlaylistCommand('spotify:album:6dVIqQ8qmQ5GBnJ9shOYGE', options(), session().io),
		).rejects.toThrow(UsageError);
		await expect(runPlaylistCommand('deep focus', options(), session().io)).rejects.toThrow(
			/`musicterminal library playlists` lists yours/,
		);
	});
});

describe('like and unlike', () => {
	test('a track by URI, then an album by words; unlike removes each', async () => {
		const track = sandbox().catalog.tracks.find(
			(candidate) => !sandbox().library.isSaved('track', candidate.id),
		);
		await runLikeCommand('like', `spotify:track:${track?.id}`, options(), session().io);
		expect(session().stdout()).toBe(`Saved spotify:track:${track?.id} to your library.\n`);
		expect(sandbox().library.isSaved('track', track?.id ?? '')).toBe(true);
		await runLikeCommand('unlike', `spotify:track:${track?.id}`, options({json: true}), session().io);
		expect(session().stdout()).toContain(`{\n  "uri": "spotify:track:${track?.id}",\n  "saved": false\n}\n`);
		expect(sandbox().library.isSaved('track', track?.id ?? '')).toBe(false);

		const album = sandbox().catalog.albums.find(
			(candidate) => candidate.artistIds[0] === sandbox().catalog.highlights.prolificArtistId,
		);
		await runLikeCommand('like', album?.name ?? '', {...options(), type: 'album'}, session().io);
		expect(session().stderr()).toContain('taking the best match');
		expect(sandbox().library.saved('album')[0]?.id).toBe(album?.id);
	});

	test('without an item, what plays; with nothing playing, says so', async () => {
		await expect(runLikeCommand('like', undefined, options(), session().io)).rejects.toThrow(
			/^nothing is playing/,
		);
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length > 2);
		sandbox().player.play({contextUri: `spotify:album:${album?.id}`, offset: {position: 1}});
		await runLikeCommand('like', undefined, options(), session().io);
		const name = sandbox().catalog.track(album?.trackIds[1] ?? '')?.name ?? '';
		expect(session().stdout()).toBe(
			`Saved "${name}" (spotify:track:${album?.trackIds[1]}) to your library.\n`,
		);
	});

	test('an artist is followed, not saved: a usage error', async () => {
		await expect(
			runLikeCommand(
				'like',
				`spotify:artist:${sandbox().catalog.highlights.prolificArtistId}`,
				options(),
				session().io,
			),
		).rejects.toThrow(/is an artist, which you follow in a Spotify app\.$/);
	});
});

describe('new', () => {
	test('the newest releases of the artists you follow, then the same again from the cache', async () => {
		await runNewReleasesCommand(options(), {...session().io, columns: 100});
		const lines = session().stdout().split('\n');
		expect(lines[0]).toBe('New releases from the 30 artists you follow, newest first');
		expect(lines[1]).toMatch(/^RELEASED +TITLE +ARTIST +TYPE +TRACKS/);
		const dates = lines.slice(2, -1).map((line) => line.split(' ')[0] ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		const requests = sandbox().traffic.records.length;
		await runNewReleasesCommand(options({json: true}), session().io);
		// Only the followed artists are asked for again: their releases come from new-releases.json.
		expect(
			sandbox()
				.traffic.records.slice(requests)
				.map((record) => record.path),
		).toEqual(['/v1/me/following']);
		const output = JSON.parse(session().stdout().slice(session().stdout().indexOf('{'))) as {
			releases: Array<{artist: {name: string}; releaseDate: string}>;
			artists: number;
		};
		expect(output.artists).toBe(30);
		expect(output.releases[0]?.releaseDate).toBe(dates[0]);
	});
});

describe('without a login, or without the scopes', () => {
	const appSandbox = withSandbox();
	const appSession = withCommandSession(appSandbox, {authMethod: 'CLIENT_CREDENTIALS'});

	test('CLIENT_CREDENTIALS: the library needs a login, said in commands', async () => {
		const error = await runLibraryCommand('tracks', {config: appSession().configPath}, appSession().io).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(LibraryNeedsLoginError);
		expect((error as Error).message).toMatch(
			/set auth_method: AUTHORIZATION_CODE there and run `musicterminal login`\.$/,
		);
	});

	test('a login from before the library: run login again to allow it', async () => {
		const scopes = ['user-read-playback-state', 'user-modify-playback-state'];
		const {accessToken, refreshToken} = await userTokens(sandbox(), scopes);
		new TokenStore({directory: defaultTokenDirectory(session().env)}).write({
			clientId: sandbox().app.clientId,
			refreshToken,
			accessToken,
			accessTokenExpiresAt: Date.now() + 3_600_000,
			scopes,
			authorizedAt: Date.now(),
		});
		const error = await runLibraryCommand('albums', options(), session().io).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(MissingScopeError);
		expect((error as Error).message).toMatch(
			/Run `musicterminal login` again to allow reading your Liked Songs and saved albums \(user-library-read\)\.$/,
		);
	});
});
