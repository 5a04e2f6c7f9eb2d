import {describe, expect, test} from 'vitest';
import {
	LibraryNeedsLoginError,
	MissingScopeError,
	PlaylistItemsRefusedError,
} from '../../source/spotify/spotify-errors.js';
import {withSandbox} from '../helpers/sandbox-session.js';
import {appClient, loggedInClient} from '../helpers/spotify-setup.js';

const sandbox = withSandbox();

function playlistNamed(name: string) {
	const found = sandbox()
		.library.playlists()
		.find((playlist) => playlist.name === name);
	if (found === undefined) {
		throw new Error(`no playlist ${name}`);
	}

	return found;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		return error as Error;
	}

	throw new Error('expected a failure');
}

describe('the library client', () => {
	test('liked songs and saved albums, newest first, fifty a page and four pages at a time', async () => {
		const {client} = await loggedInClient(sandbox());
		const liked = await client.library.likedTracks();
		expect(liked.items.map((entry) => entry.track.id)).toEqual(
			sandbox()
				.library.saved('track')
				.map((entry) => entry.id),
		);
		expect(liked).toMatchObject({total: 150, capped: false});
		expect(liked.items[0]?.addedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		const albums = await client.library.savedAlbums();
		expect(albums.items).toHaveLength(60);
		expect(sandbox().traffic.count('GET', '/v1/me/tracks')).toBe(3);
		expect(sandbox().traffic.count('GET', '/v1/me/albums')).toBe(2);
	});

	test("playlists say whether they are the user's own, collaborative or followed", async () => {
		const {client} = await loggedInClient(sandbox());
		const playlists = await client.library.playlists();
		expect(playlists.items.map((playlist) => [playlist.name, playlist.relation])).toEqual(
			sandbox()
				.library.playlists()
				.map((playlist) => [playlist.name, playlist.relation]),
		);
		expect(playlists.items.find((playlist) => playlist.name === 'Road Trip 2026')?.total).toBe(130);
		const followed = await client.library.playlist(playlistNamed('Deep Focus').id);
		expect(followed).toMatchObject({name: 'Deep Focus', relation: 'followed', ownerName: 'Spotify'});
	});

	test("a playlist's items keep their positions, episodes included; a followed one's are refused, saying why", async () => {
		const {client} = await loggedInClient(sandbox());
		const coffee = playlistNamed('Morning Coffee');
		const items = await client.library.playlistItems(coffee.id);
		expect(items.items.map((entry) => entry.position)).toEqual(coffee.itemIds.map((_id, index) => index));
		expect(items.items.slice(0, 2).map((entry) => entry.item.type)).toEqual(['episode', 'episode']);
		const road = await client.library.playlistItems(playlistNamed('Road Trip 2026').id);
		expect(road.items).toHaveLength(130);

		const followed = playlistNamed('Deep Focus');
		const error = await failure(client.library.playlistItems(followed.id));
		expect(error).toBeInstanceOf(PlaylistItemsRefusedError);
		expect(error.message).toBe(
			`Spotify lets apps read a playlist's items only when you own it or collaborate on it, which you do not for spotify:playlist:${followed.id}: play it all with \`musicterminal play spotify:playlist:${followed.id}\`.`,
		);
	});

	test('recently played and followed artists follow their cursors to the end', async () => {
		const {client} = await loggedInClient(sandbox());
		const recent = await client.library.recentlyPlayed();
		expect(recent.items.map((play) => play.track.id)).toEqual(
			sandbox()
				.library.history()
				.map((play) => play.trackId),
		);
		expect(recent.items[0]?.contextUri).toMatch(/^spotify:album:/);
		const followed = await client.library.followedArtists();
		expect(followed.items.map((artist) => artist.id)).toEqual(sandbox().library.followedArtistIds());
		expect(followed.capped).toBe(false);
	});

	test('saving and removing, and asking what is saved, forty URIs a request', async () => {
		const {client} = await loggedInClient(sandbox());
		const unsaved = sandbox()
			.catalog.tracks.filter((track) => !sandbox().library.isSaved('track', track.id))
			.slice(0, 90)
			.map((track) => `spotify:track:${track.id}`);
		expect(await client.library.contains(unsaved)).toEqual(unsaved.map(() => false));
		expect(sandbox().traffic.count('GET', '/v1/me/library/contains')).toBe(3);
		await client.library.save(unsaved.slice(0, 45));
		expect(sandbox().traffic.count('PUT', '/v1/me/library')).toBe(2);
		expect(await client.library.contains(unsaved.slice(40, 50))).toEqual([
			...Array.from({length: 5}, () => true),
			...Array.from({length: 5}, () => false),
		]);
		await client.library.remove(unsaved.slice(0, 45));
		expect(await client.library.contains(unsaved.slice(0, 3))).toEqual([false, false, false]);
	});

	test('the queue: what plays, then what was queued, then the rest of the album', async () => {
		const {client} = await loggedInClient(sandbox());
		const album = sandbox().catalog.albums.find((candidate) => candidate.trackIds.length >= 3);
		const extra = sandbox().catalog.tracks.at(-1);
		await client.player.play({contextUri: `spotify:album:${album?.id}`});
		await client.player.addToQueue(`spotify:track:${extra?.id}`);
		const queue = await client.player.queue();
		expect(queue.currently_playing?.id).toBe(album?.trackIds[0]);
		expect(queue.queue.slice(0, 2).map((item) => item.id)).toEqual([extra?.id, album?.trackIds[1]]);
	});

	test('without a login, or without the scope, each says what to do; the rest goes on', async () => {
		const error = await failure(appClient(sandbox()).client.library.likedTracks());
		expect(error).toBeInstanceOf(LibraryNeedsLoginError);
		expect(error.message).toMatch(/^your library needs a Spotify login, and .* uses CLIENT_CREDENTIALS/);

		const {client} = await loggedInClient(sandbox(), {
			scopes: ['user-read-playback-state', 'user-modify-playback-state'],
		});
		const missing = await failure(client.library.likedTracks());
		expect(missing).toBeInstanceOf(MissingScopeError);
		expect(missing.message).toBe(
			'your Spotify login does not allow this: GET /me/tracks needs user-library-read (Permissions missing, HTTP 401). Run `musicterminal login` again to allow reading your Liked Songs and saved albums (user-library-read).',
		);
		expect(await client.player.devices()).toHaveLength(3);
	});
});
