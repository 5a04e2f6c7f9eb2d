import {describe, expect, test} from 'vitest';
import {Catalog} from '../../source/sandbox/catalog/catalog.js';
import {generateCatalog, prolificArtistName} from '../../source/sandbox/catalog/generate.js';
import {
	albumObject,
	artistObject,
	type JsonSource,
	simplifiedAlbum,
	simplifiedTrack,
	trackObject,
} from '../../source/sandbox/catalog/serialize.js';
import type {AlbumGroup, CatalogAlbum} from '../../source/sandbox/catalog/types.js';

const catalog = Catalog.generate(2018);
const allGroups: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];
const source: JsonSource = {origin: 'http://127.0.0.1:4567', catalog};
const prolificId = catalog.highlights.prolificArtistId;

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const emoji = /\p{Extended_Pictographic}/u;
const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

function names(items: ReadonlyArray<{readonly name: string}>): string[] {
	return items.map((item) => item.name);
}

function artistNamed(name: string) {
	const artist = catalog.artists.find((candidate) => candidate.name === name);
	if (artist === undefined) {
		throw new Error(`no artist named ${name}`);
	}

	return artist;
}

function albumArtistNames(album: CatalogAlbum): string[] {
	return album.artistIds.map((id) => catalog.artist(id)?.name ?? '');
}

describe('generation', () => {
	test('the same seed gives the same catalog; another seed a different one', () => {
		const first = generateCatalog(7);
		const again = generateCatalog(7);
		const other = generateCatalog(8);
		expect(again.tracks.map((track) => track.id)).toEqual(first.tracks.map((track) => track.id));
		expect(names(again.albums)).toEqual(names(first.albums));
		expect(again.artists).toEqual(first.artists);
		expect(other.artists[1]?.id).not.toBe(first.artists[1]?.id);
		expect(names(other.albums)).not.toEqual(names(first.albums));
	});

	test('Catalog.generate hands out one catalog per seed', () => {
		expect(Catalog.generate(2018)).toBe(catalog);
	});

	test('hundreds of artists, each with 1-12 albums of their own', () => {
		expect(catalog.artists.length).toBeGreaterThanOrEqual(240);
		for (const artist of catalog.artists) {
			if (artist.id !== prolificId) {
				const own = catalog.artistAlbums(artist.id, ['album', 'single', 'compilation']);
				expect(own.length).toBeGreaterThanOrEqual(1);
				expect(own.length).toBeLessThanOrEqual(12);
			}
		}
	});

	test('every id is 22 characters of base62 and unique across artists, albums and tracks', () => {
		const ids = [...catalog.artists, ...catalog.albums, ...catalog.tracks].map((item) => item.id);
		expect(ids.every((id) => /^[0-9A-Za-z]{22}$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('albums and tracks look like real releases', () => {
		const precisions = new Set(catalog.albums.map((album) => album.releaseDatePrecision));
		expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
		const datePatterns = {year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/};
		const oddAlbums = catalog.albums.filter((album) => {
			const year = Number(album.releaseDate.slice(0, 4));
			return (
				!datePatterns[album.releaseDatePrecision].test(album.releaseDate) ||
				year < 1960 ||
				year > 2026 ||
				!/^\d{12}$/.test(album.upc) ||
				!/^℗ \d{4} \S/.test(album.copyright)
			);
		});
		expect(oddAlbums).toEqual([]);

		const oddTracks = catalog.tracks.filter(
			(track) =>
				track.durationMs < 30_000 ||
				track.durationMs > 720_000 ||
				!/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(track.isrc),
		);
		expect(oddTracks).toEqual([]);
		expect(new Set(catalog.tracks.map((track) => track.isrc)).size).toBe(catalog.tracks.length);
		const explicitShare = catalog.tracks.filter((track) => track.explicit).length / catalog.tracks.length;
		expect(explicitShare).toBeGreaterThan(0.1);
		expect(explicitShare).toBeLessThan(0.2);
	});

	test('singles have 1-3 tracks, other albums 1-20, and one box set more than 50', () => {
		const boxSet = catalog.album(catalog.highlights.boxSetAlbumId);
		expect(boxSet?.trackIds.length).toBeGreaterThan(50);
		for (const album of catalog.albums) {
			const limit = album.albumType === 'single' ? 3 : album === boxSet ? Number.POSITIVE_INFINITY : 20;
			expect(album.trackIds.length).toBeGreaterThanOrEqual(1);
			expect(album.trackIds.length).toBeLessThanOrEqual(limit);
		}
	});

	test('names in CJK, with emoji, right-to-left and very long', () => {
		const artistNames = names(catalog.artists);
		expect(artistNames.filter((name) => cjk.test(name)).length).toBeGreaterThanOrEqual(5);
		expect(artistNames.filter((name) => emoji.test(name)).length).toBeGreaterThanOrEqual(3);
		expect(artistNames.filter((name) => rightToLeft.test(name)).length).toBeGreaterThanOrEqual(3);
		expect(artistNames.filter((name) => name.length > 100).length).toBeGreaterThanOrEqual(2);
		expect(artistNames.some((name) => name.normalize('NFD') !== name)).toBe(true);
		for (const items of [catalog.albums, catalog.tracks]) {
			const itemNames = names(items);
			expect(itemNames.some((name) => cjk.test(name))).toBe(true);
			expect(itemNames.some((name) => emoji.test(name))).toBe(true);
			expect(itemNames.some((name) => rightToLeft.test(name))).toBe(true);
			expect(itemNames.some((name) => name.length > 100)).toBe(true);
		}
	});
});

describe('discographies', () => {
	const prolific = catalog.artist(prolificId);
	const discography = catalog.artistAlbums(prolificId, allGroups);

	test('the prolific artist has more than 300 albums of every group, each once', () => {
		expect(prolific?.name).toBe(prolificArtistName);
		expect(discography.length).toBeGreaterThan(300);
		expect(new Set(discography.map((entry) => entry.group))).toEqual(new Set(allGroups));
		expect(new Set(discography.map((entry) => entry.album.id)).size).toBe(discography.length);
	});

	test("ordered like Spotify's: by group, newest first, then by id", () => {
		for (const [index, entry] of discography.entries()) {
			const previous = discography[index - 1];
			if (previous === undefined) {
				continue;
			}

			const groupStep = allGroups.indexOf(entry.group) - allGroups.indexOf(previous.group);
			expect(groupStep).toBeGreaterThanOrEqual(0);
			if (groupStep === 0) {
				expect(previous.album.releaseDate >= entry.album.releaseDate).toBe(true);
				if (previous.album.releaseDate === entry.album.releaseDate) {
					expect(previous.album.id < entry.album.id).toBe(true);
				}
			}
		}
	});

	test('groups filter the same order; a featured artist sees the album as appears_on', () => {
		const singles = catalog.artistAlbums(prolificId, ['single']);
		expect(singles).toEqual(discography.filter((entry) => entry.group === 'single'));

		const featuring = catalog.albums.find((album) => album.artistIds.length > 1);
		const guestId = featuring?.artistIds[1] ?? '';
		const guestEntry = catalog.artistAlbums(guestId, allGroups).find((entry) => entry.album === featuring);
		expect(guestEntry?.group).toBe('appears_on');
		expect(catalog.artistAlbums('unknown', allGroups)).toEqual([]);
	});

	test('album tracks in disc and track order; the box set numbers its tracks past 50', () => {
		const boxSetTracks = catalog.albumTracks(catalog.highlights.boxSetAlbumId);
		expect(boxSetTracks[50]?.trackNumber).toBe(51);
		const twoDiscs = catalog.albums.find(
			(album) => catalog.track(album.trackIds.at(-1) ?? '')?.discNumber === 2,
		);
		const tracks = catalog.albumTracks(twoDiscs?.id ?? '');
		expect(tracks.map((track) => [track.discNumber, track.trackNumber])).toEqual(
			tracks
				.map((track) => [track.discNumber, track.trackNumber])
				.sort(([discA = 0, numberA = 0], [discB = 0, numberB = 0]) => discA - discB || numberA - numberB),
		);
		expect(tracks.at(-1)?.discNumber).toBe(2);
	});

	test("an artist's tracks are those of its own albums, in discography order", () => {
		const artistId = prolificId;
		const expected = catalog
			.artistAlbums(artistId, ['album'])
			.flatMap((entry) => catalog.albumTracks(entry.album.id).map((track) => track.id));
		expect(catalog.artistTracks(artistId).map((track) => track.id)).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
	});
});

describe('search', () => {
	test('ordinary words find several artists, albums and tracks', () => {
		for (const word of ['velvet', 'river', 'night']) {
			expect(catalog.search(word, 'artist').length, word).toBeGreaterThanOrEqual(3);
			expect(catalog.search(word, 'album').length, word).toBeGreaterThanOrEqual(3);
			expect(catalog.search(word, 'track').length, word).toBeGreaterThanOrEqual(3);
		}
	});

	test('case and diacritics do not matter', () => {
		expect(names(catalog.search('AMELIE vauclair', 'artist'))).toEqual(['Amélie Vauclair']);
		expect(names(catalog.search('soren lysvag', 'artist'))).toEqual(['Søren Lysvåg']);
		expect(names(catalog.search('lucja', 'artist'))).toEqual(['Łucja Żarnowska']);
		expect(catalog.search('ÉCLAIR', 'track')).toEqual(catalog.search('eclair', 'track'));
	});

	test('CJK names are found by a part of them, full-width letters by plain ones', () => {
		expect(names(catalog.search('図書', 'artist'))).toContain('星屑の図書館');
		expect(names(catalog.search('정원', 'artist'))).toContain('밤의 정원');
		expect(names(catalog.search('neon', 'artist'))).toContain('ＮＥＯＮ夜行');
		expect(names(catalog.search('הירח', 'artist'))).toContain('להקת הירח הכחול');
	});

	test('an exact name comes first, then names starting with the query', () => {
		expect(catalog.search(prolificArtistName.toLowerCase(), 'artist')[0]?.id).toBe(prolificId);
		const artist = artistNamed('Static Bloom 🌸');
		expect(catalog.search('static bloom 🌸', 'artist')[0]).toBe(artist);

		const results = names(catalog.search('night', 'artist')).map((name) => name.toLowerCase());
		const firstOther = results.findIndex((name) => !name.startsWith('night'));
		expect(firstOther).toBeGreaterThan(0);
		expect(results.slice(firstOther).every((name) => !name.startsWith('night'))).toBe(true);
	});

	test('albums match through their artists, after albums matching by name', () => {
		const results = catalog.search('velvet', 'album');
		const byName = results.filter((album) => album.name.toLowerCase().includes('velvet'));
		expect(results.slice(0, byName.length)).toEqual(byName);
		expect(results.length).toBeGreaterThan(byName.length);
	});

	test('quoted phrases must occur whole; loose words anywhere', () => {
		const loose = catalog.search('night river', 'track');
		const phrase = catalog.search('"night river"', 'track');
		expect(phrase.length).toBeGreaterThan(0);
		expect(loose.length).toBeGreaterThan(phrase.length);
		for (const track of phrase) {
			const album = catalog.album(track.albumId);
			const text = [track.name, album?.name, ...(album ? albumArtistNames(album) : [])].join('\n');
			expect(text.toLowerCase()).toContain('night river');
		}
	});

	test('artist:, album:, track: and year: filters', () => {
		const byArtist = catalog.search('artist:"amelie vauclair"', 'album');
		expect(byArtist.length).toBeGreaterThan(0);
		expect(byArtist.every((album) => albumArtistNames(album).includes('Amélie Vauclair'))).toBe(true);

		const inYear = catalog.search('year:1994', 'album');
		expect(inYear.length).toBeGreaterThan(0);
		expect(inYear.every((album) => album.releaseDate.startsWith('1994'))).toBe(true);
		const inNineties = catalog.search('year:1990-1999', 'album');
		expect(inNineties.length).toBeGreaterThan(inYear.length);
		expect(inNineties.every((album) => /^199\d/.test(album.releaseDate))).toBe(true);

		const tracks = catalog.search('track:night album:velvet', 'track');
		expect(tracks.length).toBeGreaterThan(0);
		for (const track of tracks) {
			expect(track.name.toLowerCase()).toContain('night');
			expect(catalog.album(track.albumId)?.name.toLowerCase()).toContain('velvet');
		}

		const byProlific = catalog.search(`artist:"${prolificArtistName}" year:1960-1969`, 'track');
		expect(byProlific.length).toBeGreaterThan(0);
		const credited = byProlific.filter((track) =>
			[...track.artistIds, ...(catalog.album(track.albumId)?.artistIds ?? [])].includes(prolificId),
		);
		expect(credited).toEqual(byProlific);
		expect(byProlific.every((track) => /^196/.test(catalog.album(track.albumId)?.releaseDate ?? ''))).toBe(
			true,
		);

		expect(catalog.search('track:night', 'artist')).toEqual([]);
		expect(catalog.search('night year:soon', 'album')).toEqual([]);
	});

	test('an empty query finds nothing', () => {
		expect(catalog.search('   ', 'artist')).toEqual([]);
		expect(catalog.search('', 'track')).toEqual([]);
	});
});

describe("Spotify's JSON shapes", () => {
	const track = catalog.albumTracks(catalog.highlights.boxSetAlbumId)[0];
	const album = catalog.album(catalog.highlights.boxSetAlbumId);
	const artist = catalog.artist(prolificId);
	if (track === undefined || album === undefined || artist === undefined) {
		throw new Error('the catalog lacks its highlights');
	}

	const link = {
		external_urls: {spotify: `https://open.spotify.com/artist/${artist.id}`},
		href: `http://127.0.0.1:4567/v1/artists/${artist.id}`,
		uri: `spotify:artist:${artist.id}`,
	};

	test('an artist has links, genres and three images, but no followers or popularity', () => {
		const json = artistObject(artist, source);
		expect(json).toMatchObject({...link, id: artist.id, name: prolificArtistName, type: 'artist'});
		expect(Array.isArray(json.genres)).toBe(true);
		expect(json.images.map((image) => [image.width, image.height])).toEqual([
			[640, 640],
			[300, 300],
			[64, 64],
		]);
		expect(json.images[0]?.url).toBe(`http://127.0.0.1:4567/images/${artist.id}-640.jpg`);
		expect(json).not.toHaveProperty('followers');
		expect(json).not.toHaveProperty('popularity');
	});

	test('an album in a discography has album_group; a full album has tracks, copyrights and upc', () => {
		expect(simplifiedAlbum(album, source, 'compilation')).toHaveProperty('album_group', 'compilation');
		expect(simplifiedAlbum(album, source)).not.toHaveProperty('album_group');

		const tracksPage = {
			href: 'http://127.0.0.1:4567/v1/albums/x/tracks',
			items: [simplifiedTrack(track, source)],
			limit: 1,
			next: null,
			offset: 0,
			previous: null,
			total: 1,
		};
		const json = albumObject(album, source, tracksPage);
		expect(json).toMatchObject({
			album_type: 'compilation',
			total_tracks: album.trackIds.length,
			release_date: album.releaseDate,
			release_date_precision: album.releaseDatePrecision,
			type: 'album',
			uri: `spotify:album:${album.id}`,
			artists: [{...link, id: artist.id, name: prolificArtistName, type: 'artist'}],
			tracks: tracksPage,
			external_ids: {upc: album.upc},
			genres: [],
		});
		expect(json.copyrights.map((copyright) => copyright.type)).toEqual(['C', 'P']);
		for (const removed of ['popularity', 'available_markets', 'label']) {
			expect(json).not.toHaveProperty(removed);
		}
	});

	test('a track has its album, isrc and is_local; is_playable only with a market', () => {
		const json = trackObject(track, source);
		expect(json).toMatchObject({
			id: track.id,
			type: 'track',
			uri: `spotify:track:${track.id}`,
			href: `http://127.0.0.1:4567/v1/tracks/${track.id}`,
			external_ids: {isrc: track.isrc},
			is_local: false,
			preview_url: null,
			disc_number: 1,
			track_number: 1,
			album: {id: album.id, type: 'album'},
		});
		expect(json).not.toHaveProperty('is_playable');
		expect(json).not.toHaveProperty('popularity');
		expect(json).not.toHaveProperty('available_markets');
		expect(trackObject(track, source, 'SE')).toHaveProperty('is_playable', true);
		expect(simplifiedTrack(track, source, 'SE')).toHaveProperty('is_playable', true);
		expect(simplifiedTrack(track, source)).not.toHaveProperty('external_ids');
	});
});
