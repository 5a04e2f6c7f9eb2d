import {describe, expect, test} from 'vitest';
import {withSandbox} from '../helpers/sandbox-session.js';
import {SpotifyContract} from '../helpers/spotify-contract.js';
import {appClient, loggedInClient} from '../helpers/spotify-setup.js';

describe("the client's requests against Spotify's OpenAPI description", () => {
	const sandbox = withSandbox();

	test('every request the client sends is one the Web API description allows', async () => {
		const {client} = await loggedInClient(sandbox());
		const {catalog, player} = client;
		const {prolificArtistId, boxSetAlbumId} = sandbox().catalog.highlights;
		await catalog.searchMany('artist', 'the', {upTo: 25});
		await catalog.search('album', 'year:2001 the', {offset: 990});
		await catalog.search('track', 'artist:"the" night');
		await catalog.artist(prolificArtistId);
		await catalog.artistAlbums(prolificArtistId, {groups: ['album', 'single', 'compilation', 'appears_on']});
		await catalog.albumTracks(await catalog.album(boxSetAlbumId));
		const devices = await player.devices();
		await player.play({contextUri: `spotify:album:${boxSetAlbumId}`, offset: {position: 4}});
		await player.play(
			{trackUris: [`spotify:track:${sandbox().catalog.tracks[0]?.id}`]},
			{deviceId: devices[1]?.id ?? ''},
		);
		await player.addToQueue(`spotify:track:${sandbox().catalog.tracks[1]?.id}`);
		await player.next();
		await player.previous();
		await player.seek(12_345);
		await player.setVolume(40);
		await player.setShuffle(true);
		await player.setRepeat('context');
		await player.pause();
		await player.play(undefined);
		await player.transfer(devices[0]?.id ?? '', {play: true});
		await player.state();
		await player.queue();
		await appClient(sandbox()).client.catalog.search('artist', 'the');
		await catalog.search('playlist', 'mix');

		const {library} = client;
		const liked = await library.likedTracks();
		await library.savedAlbums();
		const playlists = await library.playlists();
		const own = playlists.items.find((playlist) => playlist.relation === 'owned');
		await library.playlist(own?.id ?? '');
		await library.playlistItems(own?.id ?? '');
		await library.recentlyPlayed();
		await library.followedArtists();
		const uris = liked.items.slice(0, 45).map((entry) => entry.track.uri);
		await library.contains(uris);
		await library.remove(uris);
		await library.save(uris);

		const contract = new SpotifyContract();
		const requests = sandbox().traffic.records.filter((record) => record.path.startsWith('/v1/'));
		const problems = requests.flatMap(
			(record) => contract.checkRequest(record.method, record.path, record.query).problems,
		);
		expect(problems).toEqual([]);
		expect(requests.every((record) => record.status !== undefined && record.status < 300)).toBe(true);
		expect(requests.length).toBeGreaterThan(50);
	});

	test('the check finds a page larger than Development Mode allows and an unknown parameter', () => {
		const contract = new SpotifyContract();
		expect(contract.checkRequest('GET', '/v1/artists/abc/albums', 'limit=50&sort=new').problems).toEqual([
			'limit=50: / must be <= 10',
			'GET /artists/{id}/albums has no parameter sort',
		]);
	});
});
