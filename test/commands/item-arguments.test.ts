import {describe, expect, test} from 'vitest';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import {runPlayCommand} from '../../source/commands/play.js';
import {runSearchCommand} from '../../source/commands/search.js';
import {runTracksCommand} from '../../source/commands/tracks.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {UsageError} from '../../source/errors.js';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {failure} from '../helpers/failure.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});

function someAlbum() {
	const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 2);
	if (album === undefined) {
		throw new Error('no album');
	}

	return album;
}

describe('malformed links are invalid links, not words to search for', () => {
	test.each([
		['spotify:album:xyz', '"spotify:album:xyz" is not a valid Spotify URI: its id is not a Spotify id'],
		[
			'https://open.spotify.com/album/',
			'"https://open.spotify.com/album/" is not a valid Spotify link: it names no item',
		],
		[
			'https://example.com/album/4aawyAB9vmqN3uQ7FjRGTy',
			'is not a valid Spotify link: it leads to example.com',
		],
	])('tracks %s', async (argument, message) => {
		const error = await failure(runTracksCommand(argument, options(), session().io));
		expect(error).toBeInstanceOf(UsageError);
		expect(error.message).toContain(message);
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(0);
	});

	test('albums and play say the same', async () => {
		for (const run of [
			() => runAlbumsCommand('spotify:artist:nope', {...options(), groups: ['album']}, session().io),
			() => runPlayCommand('https://open.spotify.com/track/', options(), session().io),
		]) {
			const error = await failure(run());
			expect(error).toBeInstanceOf(UsageError);
			expect(error.message).toMatch(/is not a valid Spotify (URI|link): /);
		}

		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(0);
	});
});

describe('play with a bare id', () => {
	test('--type says what it is, and it plays', async () => {
		const album = someAlbum();
		await runPlayCommand(album.id, {...options(), type: 'album'}, session().io);
		expect(sandbox().player.snapshot()?.context?.uri).toBe(`spotify:album:${album.id}`);
	});

	test('without --type it is a usage error saying to add it', async () => {
		const error = await failure(runPlayCommand(someAlbum().id, options(), session().io));
		expect(error).toBeInstanceOf(UsageError);
		expect(error.message).toBe(
			'a bare id does not say what it is: add --type track (or artist, album, playlist, show, episode), or give a spotify: URI or an open.spotify.com link.',
		);
	});

	test('--type album with words plays the best matching album', async () => {
		await runPlayCommand('endless archive', {...options(), type: 'album'}, session().io);
		expect(session().stderr()).toMatch(
			/^musicterminal: taking the best match, .+ by .+ \(spotify:album:\w+\)\.\n$/,
		);
		expect(sandbox().player.snapshot()?.context?.uri).toMatch(/^spotify:album:/);
	});

	test('--type that contradicts the URI is a usage error', async () => {
		const error = await failure(
			runPlayCommand(`spotify:album:${someAlbum().id}`, {...options(), type: 'track'}, session().io),
		);
		expect(error).toBeInstanceOf(UsageError);
		expect(error.message).toMatch(/^--type track does not fit ".+", which is an album: leave --type out\.$/);
	});
});

describe('empty words', () => {
	test.each(['', '   '])('search %j is a usage error, asked of nobody', async (query) => {
		const error = await failure(
			runSearchCommand(query, {...options(), type: ['artist'], limit: 10}, session().io),
		);
		expect(error).toBeInstanceOf(UsageError);
		expect(error.message).toBe('give words to search for, such as `musicterminal search radiohead`.');
		expect(sandbox().traffic.count('GET', '/v1/search')).toBe(0);
	});

	test('albums, tracks and play with nothing in the quotes are usage errors too', async () => {
		for (const run of [
			() => runAlbumsCommand(' ', {...options(), groups: ['album']}, session().io),
			() => runTracksCommand('', options(), session().io),
			() => runPlayCommand(' ', options(), session().io),
		]) {
			expect(await failure(run())).toBeInstanceOf(UsageError);
		}
	});

	test('the built CLI exits 2 for search ""', async () => {
		const cli = startCli(['--config', session().configPath, 'search', ''], session().env);
		expect(await cli.exit()).toBe(2);
		expect(cli.stderr()).toBe(
			'musicterminal: give words to search for, such as `musicterminal search radiohead`.\n',
		);
	});
});

describe('pause with nothing playing', () => {
	test('says that nothing is playing, as resume and next do', async () => {
		const messages: string[] = [];
		for (const action of ['pause', 'resume', 'next'] as const) {
			messages.push((await failure(runTransportCommand(action, options(), session().io))).message);
		}

		expect(messages).toEqual(
			Array(3).fill('nothing is playing: start something with `musicterminal play <uri>`.'),
		);
	});
});
