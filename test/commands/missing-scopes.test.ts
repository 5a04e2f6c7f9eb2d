import {describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {runDevicesCommand} from '../../source/commands/devices.js';
import {runLibraryCommand} from '../../source/commands/library.js';
import {runLikeCommand} from '../../source/commands/like.js';
import {runNewReleasesCommand} from '../../source/commands/new-releases.js';
import {runPlaylistCommand} from '../../source/commands/playlist.js';
import {runStatusCommand} from '../../source/commands/status.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {MissingScopeError} from '../../source/spotify/spotify-errors.js';
import {type CommandSession, withCommandSession} from '../helpers/command-session.js';
import {setConfig} from '../helpers/doctor-session.js';
import {failure} from '../helpers/failure.js';
import {allPlaybackScopes, userTokens, withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = (more: {json?: boolean} = {}) => ({config: session().configPath, ...more});

/** A login granted only `scopes`, as one made before musicterminal asked for the rest. */
async function logInWith(current: CommandSession, scopes: readonly string[]): Promise<void> {
	const {accessToken, refreshToken} = await userTokens(sandbox(), scopes);
	new TokenStore({directory: defaultTokenDirectory(current.env)}).write({
		clientId: sandbox().app.clientId,
		refreshToken,
		accessToken,
		accessTokenExpiresAt: Date.now() + 3_600_000,
		scopes: [...scopes],
		authorizedAt: Date.now(),
	});
}

describe('a command whose scope the login lacks says so before it asks Spotify', () => {
	test.each([
		[
			'like',
			() => runLikeCommand('like', 'spotify:track:6rqhFgbbKwnb9MLmUQDhG6', options(), session().io),
			'user-library-modify',
			'saving to and removing from your library',
		],
		[
			'library playlists',
			() => runLibraryCommand('playlists', options(), session().io),
			'playlist-read-private',
			'reading your playlists',
		],
		[
			'playlist',
			() => runPlaylistCommand('spotify:playlist:37i9dQZF1DXcBWIGoYBM5M', options(), session().io),
			'playlist-read-private',
			'reading your playlists',
		],
		[
			'new',
			() => runNewReleasesCommand(options(), session().io),
			'user-follow-read',
			'reading the artists you follow (and their new releases)',
		],
	])('`musicterminal %s`', async (command, run, scope, allows) => {
		await logInWith(session(), allPlaybackScopes);
		sandbox().traffic.reset();
		const error = await failure(run());
		expect(error).toBeInstanceOf(MissingScopeError);
		expect(error.message).toBe(
			`your Spotify login does not allow this: \`musicterminal ${command}\` needs ${scope} (not granted at login). Run \`musicterminal login\` again to allow ${allows} (${scope}).`,
		);
		expect(sandbox().traffic.count()).toBe(0);
	});

	test('a scope the config does not ask for is to be added there first', async () => {
		await logInWith(session(), ['user-read-playback-state']);
		await setConfig(session(), {scopes: '[user-read-playback-state]'});
		sandbox().traffic.reset();
		const error = await failure(runTransportCommand('pause', options(), session().io));
		expect(error.message).toBe(
			`your Spotify login does not allow this: \`musicterminal pause\` needs user-modify-playback-state (not granted at login), and scopes in ${session().configPath} does not ask for it. Add user-modify-playback-state to scopes there, then run \`musicterminal login\` again to allow controlling playback (user-modify-playback-state).`,
		);
		expect(sandbox().traffic.count()).toBe(0);
	});

	test('what the login allows goes on as before', async () => {
		await logInWith(session(), allPlaybackScopes);
		await runDevicesCommand(options(), session().io);
		expect(session().stdout()).toContain('Studio Desktop');
	});
});

describe('status says what the login cannot do', () => {
	test('in a line naming the commands and the scope each needs, and how to allow them', async () => {
		await logInWith(session(), [...allPlaybackScopes, 'user-library-read', 'playlist-read-private']);
		await setConfig(session(), {
			scopes:
				'[user-read-playback-state, user-modify-playback-state, user-read-currently-playing, user-library-read, user-library-modify, playlist-read-private, playlist-read-collaborative, user-read-recently-played]',
		});
		await runStatusCommand(options(), session().io);
		expect(session().stdout()).toContain(
			'\nNot allowed:   `like`, `unlike` (user-library-modify); the playlists you collaborate on (playlist-read-collaborative); `library recent` (user-read-recently-played); `library artists`, `new` (user-follow-read): ' +
				`add user-follow-read to scopes in ${session().configPath}, then run \`musicterminal login\` again to allow them\n`,
		);
	});

	test('--json lists each scope missing, the commands that need it, and whether the config asks for it', async () => {
		await logInWith(session(), [...allPlaybackScopes, 'user-library-read', 'user-library-modify']);
		await runStatusCommand(options({json: true}), session().io);
		const {login} = JSON.parse(session().stdout()) as {login: {missingScopes: unknown}};
		expect(login.missingScopes).toEqual([
			{scope: 'playlist-read-private', commands: ['library playlists', 'playlist'], asked: true},
			{scope: 'playlist-read-collaborative', commands: [], asked: true},
			{scope: 'user-read-recently-played', commands: ['library recent'], asked: true},
			{scope: 'user-follow-read', commands: ['library artists', 'new'], asked: true},
		]);
	});

	test('with every scope granted, no such line', async () => {
		await runStatusCommand(options(), session().io);
		expect(session().stdout()).not.toContain('Not allowed');
		expect(session().stdout()).toMatch(/^Scopes: +user-read-playback-state /m);
	});
});
