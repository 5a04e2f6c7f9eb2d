import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {runAlbumsCommand} from '../../source/commands/albums.js';
import {runNowCommand} from '../../source/commands/now.js';
import {runTransportCommand} from '../../source/commands/transport.js';
import {applyScene} from '../../source/sandbox/scenes.js';
import {withCommandSession} from '../helpers/command-session.js';
import {callApi, userTokens, withSandbox} from '../helpers/sandbox-session.js';
import {loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const options = () => ({config: session().configPath});

async function playerState(path = '/me/player?additional_types=track,episode') {
	const {accessToken} = await userTokens(sandbox());
	const answer = await callApi(sandbox(), accessToken, 'GET', path);
	return {status: answer.status, body: answer.body as Record<string, unknown> | undefined};
}

describe('episodes and shows', () => {
	test('a show plays from its oldest episode, which the player reports with its show', async () => {
		const show = sandbox().catalog.show(sandbox().catalog.highlights.showId);
		applyScene('episode', sandbox());
		const {body} = await playerState();
		expect(body).toMatchObject({
			currently_playing_type: 'episode',
			context: {type: 'show', uri: `spotify:show:${show?.id}`},
			item: {type: 'episode', uri: `spotify:episode:${show?.episodeIds.at(-1)}`, show: {name: show?.name}},
		});
	});

	test('without additional_types=episode, Spotify leaves the episode out', async () => {
		applyScene('episode', sandbox());
		const {body} = await playerState('/me/player');
		expect(body).toMatchObject({currently_playing_type: 'episode', item: null});
	});

	test('the commands control an episode like a track', async () => {
		applyScene('episode', sandbox());
		await runTransportCommand('next', options(), session().io);
		// Newest first: the show began with the last of them, and next goes to the one before it.
		const [secondOldest] = sandbox().catalog.showEpisodes(sandbox().catalog.highlights.showId).slice(-2);
		expect(session().stdout()).toMatch(new RegExp(`^▶ ${secondOldest?.name} · Studio Stories\\n`));
		expect(sandbox().player.snapshot()?.trackId).toBe(secondOldest?.id);
	});
});

describe('what Spotify reports instead of an item', () => {
	test('an ad: no item, shown as an advertisement; pause still works, next ends it', async () => {
		applyScene('track', sandbox());
		const before = sandbox().player.snapshot()?.trackId;
		applyScene('ad', sandbox());
		expect((await playerState()).body).toMatchObject({
			item: null,
			currently_playing_type: 'ad',
			is_playing: true,
		});
		await runNowCommand(options(), session().io);
		expect(session().stdout()).toMatch(/^▶ Advertisement\n/);
		await runTransportCommand('pause', options(), session().io);
		expect(sandbox().player.snapshot()).toMatchObject({isPlaying: false, interruption: {kind: 'ad'}});
		await runTransportCommand('next', options(), session().io);
		expect(sandbox().player.snapshot()).toMatchObject({trackId: before, interruption: undefined});
	});

	test('a private session: no item, and the device says so', async () => {
		applyScene('private-session', sandbox());
		const {body} = await playerState();
		expect(body).toMatchObject({
			item: null,
			currently_playing_type: 'unknown',
			device: {is_private_session: true},
		});
	});

	test('a local file: its name and artist, its ids null', async () => {
		applyScene('local-file', sandbox());
		expect((await playerState()).body?.item).toMatchObject({
			is_local: true,
			id: null,
			uri: null,
			name: 'Demo 3 (kitchen table)',
			album: {id: null, album_type: null, release_date: null},
		});
		await runNowCommand({...options(), json: true}, session().io);
		expect(JSON.parse(session().stdout())).toMatchObject({
			itemKind: 'local',
			item: {name: 'Demo 3 (kitchen table)', artists: ['Home Recordings'], id: null, local: true},
		});
	});
});

describe('devices', () => {
	test('a restricted device without an id is listed and refused', async () => {
		applyScene('restricted-device', sandbox());
		const {client} = await loggedInClient(sandbox());
		const devices = await client.player.devices();
		expect(devices.find((device) => device.name === 'Car')).toMatchObject({id: null, is_restricted: true});
		await expect(client.player.findDevice('Car')).rejects.toThrow('does not accept remote control');
	});

	test('the active device goes away: nothing plays anywhere until it comes back', async () => {
		applyScene('track', sandbox());
		const name = sandbox().player.snapshot()?.device.name;
		applyScene('device-gone', sandbox());
		expect((await playerState()).status).toBe(204);
		expect(
			sandbox()
				.player.devices()
				.map((device) => device.name),
		).not.toContain(name);
		applyScene('devices-back', sandbox());
		expect(
			sandbox()
				.player.devices()
				.map((device) => device.name),
		).toContain(name);
	});
});

describe('the catalog', () => {
	test('totals that say more or fewer than the pages hold: the client still reads the list as it is', async () => {
		const {prolificArtistId} = sandbox().catalog.highlights;
		const expected = sandbox()
			.catalog.artistAlbums(prolificArtistId, ['album', 'single', 'compilation'])
			.map((entry) => entry.album.id);
		for (const pageTotals of ['more', 'fewer'] as const) {
			sandbox().controls.pageTotals = pageTotals;
			const {client} = await loggedInClient(sandbox());
			const albums = await client.catalog.artistAlbums(prolificArtistId);
			expect(
				albums.items.map((album) => album.id),
				pageTotals,
			).toEqual(expected);
			expect(albums.capped).toBe(false);
		}
	});

	test('names with right-to-left text, combining marks, zero-width characters and emoji sequences fit their columns', async () => {
		const {roughNameArtistIds, imagelessAlbumId} = sandbox().catalog.highlights;
		for (const artistId of roughNameArtistIds) {
			await runAlbumsCommand(
				`spotify:artist:${artistId}`,
				{...options(), groups: ['album']},
				{
					...session().io,
					columns: 60,
				},
			);
		}

		const lines = session().stdout().trimEnd().split('\n');
		expect(lines.filter((line) => /^ID\s+ALBUM/.test(line))).toHaveLength(roughNameArtistIds.length);
		expect(lines.filter((line) => stringWidth(line) > 60)).toEqual([]);
		expect(lines.some((line) => line.includes('…'))).toBe(true);
		expect(sandbox().catalog.album(imagelessAlbumId)?.withoutImages).toBe(true);
	});
});
