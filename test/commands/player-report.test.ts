import {beforeEach, describe, expect, test} from 'vitest';
import {runNowCommand} from '../../source/commands/now.js';
import {runPlayCommand} from '../../source/commands/play.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {runVolumeCommand} from '../../source/commands/volume.js';
import {UnexpectedResponseError} from '../../source/spotify/spotify-errors.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {
	pointApiAt,
	type ScriptedAnswer,
	type ScriptedRequest,
	withScriptedApi,
} from '../helpers/scripted-api.js';
import {episodeState, localFileState} from '../spotify/spotify-answers.js';

// The sandbox logs the session in; the commands then talk to a scripted Web API.
const sandbox = withSandbox();
const session = withCommandSession(sandbox);
let answer: (request: ScriptedRequest) => ScriptedAnswer = () => ({status: 204});
const api = withScriptedApi((request) => answer(request));
const options = () => ({config: session().configPath});

beforeEach(async () => {
	await pointApiAt(session().configPath, api().origin);
});

/** Commands are accepted (204); reading the player answers `state`. */
function acceptingWithState(state: ScriptedAnswer) {
	answer = (request) => (request.method === 'GET' && request.path === '/me/player' ? state : {status: 204});
}

describe('a command Spotify accepted is done, even if the player cannot be read afterwards', () => {
	test.each([
		['pause', 'Paused.'],
		['resume', 'Resumed.'],
		['next', 'Skipped to the next track.'],
		['previous', 'Went back to the previous track.'],
	] as const)('%s says what was done, and on stderr why the state is missing', async (action, done) => {
		acceptingWithState({status: 200, text: '<html>captive portal</html>'});
		await runTransportCommand(action, options(), session().io);
		expect(session().stdout()).toBe(`${done}\n`);
		expect(session().stderr()).toMatch(
			/^musicterminal: warning: Spotify accepted the command, but what plays now could not be read: the Web API at .* \(not JSON\)/,
		);
	});

	test('play, with --json: the player is printed empty, marked as not known', async () => {
		acceptingWithState({status: 200, text: 'not json'});
		await runPlayCommand('spotify:album:4aawyAB9vmqN3uQ7FjRGTy', {...options(), json: true}, session().io);
		expect(JSON.parse(session().stdout())).toMatchObject({known: false, device: null, item: null});
	});

	test('volume: the level asked for, once the devices could be read before the change but not after', async () => {
		let deviceReads = 0;
		const device = {id: 'd1', name: 'Desk', type: 'Computer', is_active: true, volume_percent: 40};
		answer = (request) => {
			if (request.method === 'GET' && request.path === '/me/player/devices') {
				deviceReads += 1;
				return deviceReads === 1
					? {status: 200, json: {devices: [device]}}
					: {status: 502, text: '<html>bad gateway</html>'};
			}

			return {status: 204};
		};
		await runVolumeCommand('+10', options(), session().io);
		expect(session().stdout()).toBe('Volume 50% on Desk.\n');
		expect(session().stderr()).toMatch(
			/musicterminal: warning: Spotify accepted the volume, but the devices could not be read afterwards: the Spotify Web API failed/,
		);
	});

	test('now is not a command: an answer it cannot read is its failure', async () => {
		acceptingWithState({status: 200, text: 'not json'});
		await expect(runNowCommand(options(), session().io)).rejects.toBeInstanceOf(UnexpectedResponseError);
	});
});

describe('what plays after a command, whatever it is', () => {
	test('next onto a local file prints it, ids and all being null', async () => {
		acceptingWithState({status: 200, json: localFileState});
		await runTransportCommand('next', {...options(), json: true}, session().io);
		expect(JSON.parse(session().stdout())).toMatchObject({
			known: true,
			itemKind: 'local',
			item: {name: 'Demo 3', id: null, uri: null, local: true},
		});
	});

	test('pause during an episode', async () => {
		acceptingWithState({status: 200, json: {...episodeState, is_playing: false}});
		await runTransportCommand('pause', options(), session().io);
		expect(session().stdout()).toMatch(/^⏸ Behind the Mixing Desk · Studio Stories\n/);
	});
});
