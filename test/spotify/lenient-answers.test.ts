import {describe, expect, test} from 'vitest';
import {playerJson} from '../../source/commands/output/json-shapes.js';
import {playbackSummary} from '../../source/commands/output/playback-summary.js';
import {describePlayingItem} from '../../source/format/playing-item.js';
import {SpotifyApiError, UnexpectedResponseError} from '../../source/spotify/spotify-errors.js';
import {clientFor, type ScriptedAnswer, withScriptedApi} from '../helpers/scripted-api.js';
import {
	adState,
	chapterState,
	devicesWithRestricted,
	episodeState,
	localFileState,
	newerValuesState,
	olderAlbumsPage,
	privateSessionState,
} from './spotify-answers.js';

let next: ScriptedAnswer = {status: 204};
const api = withScriptedApi(() => next);

async function stateFrom(json: unknown) {
	next = {status: 200, json};
	const state = await clientFor(api()).player.state();
	if (state === undefined) {
		throw new Error('no state');
	}

	return state;
}

describe('what plays, whatever Spotify sends', () => {
	test('a local file shows its name, artist and album, with its ids null', async () => {
		const state = await stateFrom(localFileState);
		expect(describePlayingItem(state)).toEqual({
			kind: 'local',
			title: 'Demo 3',
			subtitle: 'Home Recordings · Tapes · local file',
			durationMs: 201_000,
		});
		expect(playerJson(state).item).toMatchObject({
			type: 'track',
			local: true,
			id: null,
			uri: null,
			album: {id: null, uri: null, name: 'Tapes'},
			trackNumber: 0,
		});
		expect(playbackSummary(state)).toBe(
			'▶ Demo 3 · Home Recordings · Tapes · local file\n  0:12 / 3:21 on Desk · volume 50% · shuffle off · repeat off\n',
		);
	});

	test('an episode shows its show; an audiobook chapter its audiobook', async () => {
		const episode = await stateFrom(episodeState);
		expect(describePlayingItem(episode)).toMatchObject({
			kind: 'episode',
			title: 'Behind the Mixing Desk',
			subtitle: 'Studio Stories',
		});
		expect(playerJson(episode)).toMatchObject({
			itemKind: 'episode',
			item: {type: 'episode', show: 'Studio Stories', uri: 'spotify:episode:5Xt5DXGzch68nYYamXrNxZ'},
		});
		const chapter = await stateFrom(chapterState);
		expect(describePlayingItem(chapter)).toMatchObject({
			kind: 'chapter',
			title: 'Chapter 7: The Storm',
			subtitle: 'The Long Voyage',
		});
		expect(playerJson(chapter).item).toMatchObject({type: 'chapter', audiobook: 'The Long Voyage'});
	});

	test('an ad shows as an advertisement; a private session as something Spotify does not name', async () => {
		const ad = await stateFrom(adState);
		expect(playbackSummary(ad)).toBe(
			'▶ Advertisement\n  0:04 on Desk · volume 50% · shuffle off · repeat off\n',
		);
		expect(playerJson(ad)).toMatchObject({itemKind: 'ad', item: null, isPlaying: true});
		const hidden = await stateFrom(privateSessionState);
		expect(describePlayingItem(hidden)).toMatchObject({kind: 'unknown', subtitle: 'a private session?'});
	});

	test('values added since (a repeat mode, a device type, an item type) are shown as they come', async () => {
		const state = await stateFrom(newerValuesState);
		expect(playbackSummary(state)).toBe(
			'▶ Live at the Hall · video\n  0:12 / 1:00 on Desk · shuffle off · repeat shuffle-repeat\n',
		);
		expect(playerJson(state)).toMatchObject({
			repeat: 'shuffle-repeat',
			device: {type: 'Hologram', volumePercent: null},
			itemKind: 'unknown',
			item: {type: 'video', name: 'Live at the Hall'},
		});
	});

	test('a state that leaves out everything the description lets it is still a state', async () => {
		const state = await stateFrom({});
		expect(playbackSummary(state)).toBe('⏸ nothing\n  on an unnamed device · shuffle off · repeat off\n');
		expect(playerJson(state)).toMatchObject({isPlaying: false, item: null, progressMs: null});
	});
});

describe('devices and albums', () => {
	test('a restricted device without an id is listed but cannot be chosen', async () => {
		next = {status: 200, json: devicesWithRestricted};
		const {player} = clientFor(api());
		expect((await player.devices()).map((device) => [device.name, device.id, device.type])).toEqual([
			['Desk', devicesWithRestricted.devices[0]?.id, 'Computer'],
			['Car', null, 'Automobile'],
		]);
		await expect(player.findDevice('car')).rejects.toThrow(
			'the device "Car" does not accept remote control: choose another (`musicterminal devices` lists them).',
		);
	});

	test('albums without a release date, track count or images show what they have', async () => {
		next = {status: 200, json: olderAlbumsPage};
		const {items} = await clientFor(api()).catalog.artistAlbums('0oldband0000000000000');
		expect(
			items.map((album) => [album.name, album.release_date, album.total_tracks, album.album_type]),
		).toEqual([
			['First Light', null, null, 'album'],
			['Friends & Family', '1999', 12, 'mixtape'],
		]);
	});

	test('catalog items with neither id nor URI are left out; one of the two is enough', async () => {
		next = {
			status: 200,
			json: {
				...olderAlbumsPage,
				items: [{name: 'Nowhere'}, {name: 'By URI', uri: 'spotify:album:3byuri0000000000000000'}, null],
				total: 3,
			},
		};
		const {items} = await clientFor(api()).catalog.artistAlbums('0oldband0000000000000');
		expect(items.map((album) => [album.name, album.id])).toEqual([['By URI', '3byuri0000000000000000']]);
	});
});

describe('ids from answers in request paths', () => {
	test('an id with a slash, a question mark or a hash stays one segment of the path', async () => {
		next = {status: 200, json: olderAlbumsPage};
		await clientFor(api()).catalog.artistAlbums('../../me/player?device_id=x#top');
		expect(api().requests.map((request) => request.path)).toEqual([
			'/artists/..%2F..%2Fme%2Fplayer%3Fdevice_id%3Dx%23top/albums',
		]);
	});

	test('an id of dots alone is no id: the URI gives one, or the item is left out', async () => {
		next = {
			status: 200,
			json: {
				...olderAlbumsPage,
				items: [
					{name: 'Dots', id: '..'},
					{name: 'Dots with a URI', id: '.', uri: 'spotify:album:4dotsuri00000000000000'},
				],
			},
		};
		const {items} = await clientFor(api()).catalog.artistAlbums('0oldband0000000000000');
		expect(items.map((album) => [album.name, album.id])).toEqual([
			['Dots with a URI', '4dotsuri00000000000000'],
		]);
	});
});

describe('answers that cannot be used are refused, naming the field', () => {
	test.each([
		['a total that is text', {...olderAlbumsPage, total: '2'}, 'total: Invalid type: Expected number'],
		['items that are not a list', {...olderAlbumsPage, items: {}}, 'items: Invalid type: Expected Array'],
		[
			'a name that is a number',
			{...olderAlbumsPage, items: [{...olderAlbumsPage.items[0], name: 5}]},
			'items.0.name: Invalid type: Expected string but received 5',
		],
	])('%s', async (_name, json, problem) => {
		next = {status: 200, json};
		const error = await clientFor(api())
			.catalog.artistAlbums('0oldband0000000000000')
			.catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(UnexpectedResponseError);
		expect((error as Error).message).toContain(`(${problem}`);
	});

	test('a player state whose item has a name of the wrong type', async () => {
		next = {status: 200, json: {...episodeState, item: {...(episodeState.item as object), name: 7}}};
		await expect(clientFor(api()).player.state()).rejects.toThrow('(item.name: Invalid type');
	});
});

describe('error bodies', () => {
	test.each([
		['with a reason', {error: {status: 403, message: 'Player command failed', reason: 'PREMIUM_REQUIRED'}}],
		['of another shape', {error: 'forbidden', error_description: 'no'}],
		['whose parts have the wrong types', {error: {status: '403', message: 5, reason: ['x']}}],
	])('a 403 %s is a SpotifyApiError with a sentence', async (_name, json) => {
		next = {status: 403, json};
		const error = await clientFor(api())
			.player.pause()
			.catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(SpotifyApiError);
		expect((error as Error).message.length).toBeGreaterThan(20);
	});

	test('an HTML error page reads as no message at all', async () => {
		next = {status: 404, text: '<html><body>Not here</body></html>'};
		const error = await clientFor(api())
			.catalog.album('4aawyAB9vmqN3uQ7FjRGTy')
			.catch((failure: unknown) => failure);
		expect((error as Error).message).toBe(
			"there is no GET /albums/4aawyAB9vmqN3uQ7FjRGTy at api_url and api_version in config.yaml (HTTP 404): check both (Spotify's are https://api.spotify.com and v1).",
		);
	});
});
