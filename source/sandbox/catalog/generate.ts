import {albumTitle, artistPlans, classicalAlbumTitle, type Style, trackTitle} from './names.js';
import {SeededRandom} from './random.js';
import {roughArtistPlans, showPlans} from './rough-names.js';
import type {
	AlbumType,
	CatalogAlbum,
	CatalogArtist,
	CatalogData,
	CatalogEpisode,
	CatalogShow,
	CatalogTrack,
	ReleaseDatePrecision,
} from './types.js';
import {genres, recordLabels} from './words.js';

export {prolificArtistName} from './names.js';

const artistCount = 250;
const prolificAlbumCount = 320;
const boxSetTrackCount = 1000;
const firstReleaseYear = 1960;
const lastReleaseYear = 2026;
const lastMonthOfLastYear = 10;
/** Classical tracks are never explicit, so the rest are a little more often: about 15% overall. */
const explicitChance = 0.18;
const featuredArtistChance = 0.1;
/** Every this-many artists, one features the prolific artist, so its discography has `appears_on`. */
const prolificGuestEvery = 25;

type ArtistProfile = {
	readonly artist: CatalogArtist;
	readonly style: Style;
	readonly firstYear: number;
	readonly lastYear: number;
	/** Country and registrant parts of the artist's ISRCs, e.g. `GBQ7K`. */
	readonly isrcPrefix: string;
	readonly label: string;
};

type AlbumPlan = {
	readonly name: string;
	readonly albumType: AlbumType;
	readonly year: number;
	readonly trackCount: number;
	readonly discCount: number;
	readonly artistIds: readonly string[];
	/** Titles for the tracks, in place of invented ones. */
	readonly trackNames?: readonly string[];
	readonly withoutImages?: boolean;
};

/** Builds the whole catalog; the same seed gives the same artists, albums, tracks and ids. */
export function generateCatalog(seed: number): CatalogData {
	return new CatalogBuilder(new SeededRandom(seed)).build();
}

class CatalogBuilder {
	readonly #random: SeededRandom;
	readonly #usedIds = new Set<string>();
	readonly #usedUpcs = new Set<string>();
	readonly #isrcCounters = new Map<string, number>();
	readonly #albums: CatalogAlbum[] = [];
	readonly #tracks: CatalogTrack[] = [];

	constructor(random: SeededRandom) {
		this.#random = random;
	}

	build(): CatalogData {
		const profiles = artistPlans(this.#random, artistCount).map((plan) =>
			this.#profile(plan.name, plan.style),
		);
		const [prolific, ...others] = profiles;
		if (prolific === undefined) {
			throw new Error('The catalog has no artists');
		}

		this.#prolificDiscography(prolific, others);
		for (const [index, profile] of others.entries()) {
			const guest = index % prolificGuestEvery === 1 ? prolific : undefined;
			this.#ordinaryDiscography(profile, others, guest);
		}

		const boxSet = this.#boxSet(prolific);
		// Added last, so everything above is the same as before they existed.
		const rough = this.#roughNamedArtists();
		const {shows, episodes} = this.#shows();
		return {
			artists: [...profiles, ...rough.profiles].map((profile) => profile.artist),
			albums: this.#albums,
			tracks: this.#tracks,
			shows,
			episodes,
			highlights: {
				prolificArtistId: prolific.artist.id,
				boxSetAlbumId: boxSet.id,
				roughNameArtistIds: rough.profiles.map((profile) => profile.artist.id),
				imagelessAlbumId: rough.imagelessAlbumId,
				showId: shows[0]?.id ?? '',
			},
		};
	}

	#roughNamedArtists(): {profiles: ArtistProfile[]; imagelessAlbumId: string} {
		let imagelessAlbumId = '';
		const profiles = roughArtistPlans.map((plan) => {
			const profile = this.#profile(plan.name, plan.style);
			const album = this.#addAlbum(profile, {
				name: plan.album.name,
				albumType: 'album',
				year: this.#random.int(2000, lastReleaseYear - 1),
				trackCount: plan.album.trackNames.length,
				discCount: 1,
				artistIds: [profile.artist.id],
				trackNames: plan.album.trackNames,
				withoutImages: plan.album.withoutImages,
			});
			if (album.withoutImages === true) {
				imagelessAlbumId = album.id;
			}

			return profile;
		});
		return {profiles, imagelessAlbumId};
	}

	#shows(): {shows: CatalogShow[]; episodes: CatalogEpisode[]} {
		const random = this.#random;
		const episodes: CatalogEpisode[] = [];
		const shows = showPlans.map((plan): CatalogShow => {
			const showId = this.#newId();
			const own = plan.episodeNames.map(
				(name, index): CatalogEpisode => ({
					id: this.#newId(),
					name,
					showId,
					description: `${plan.description} Episode ${index + 1}.`,
					durationMs: random.int(10, 90) * 60_000 + random.int(0, 59_999),
					releaseDate: `2026-${String(10 - Math.min(index, 9)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
				}),
			);
			episodes.push(...own);
			return {
				id: showId,
				name: plan.name,
				publisher: plan.publisher,
				description: plan.description,
				episodeIds: own.map((episode) => episode.id),
			};
		});
		return {shows, episodes};
	}

	#profile(name: string, style: Style): ArtistProfile {
		const random = this.#random;
		const isProlific = style === 'classical';
		const firstYear = isProlific ? firstReleaseYear : random.int(firstReleaseYear, 2020);
		const artist: CatalogArtist = {
			id: this.#newId(),
			name,
			genres: genresFor(random, style),
			rank: isProlific ? 90 : random.int(0, 100),
		};
		return {
			artist,
			style,
			firstYear,
			lastYear: isProlific ? lastReleaseYear : Math.min(lastReleaseYear, firstYear + random.int(2, 40)),
			isrcPrefix: random.pick(isrcCountries) + registrantCode(random),
			label: random.pick(recordLabels),
		};
	}

	#prolificDiscography(prolific: ArtistProfile, others: readonly ArtistProfile[]): void {
		const random = this.#random;
		for (let volume = 1; volume <= prolificAlbumCount; volume++) {
			const albumType = random.pick(prolificAlbumTypes);
			this.#addAlbum(prolific, {
				name: classicalAlbumTitle(random, albumType, volume),
				albumType,
				year: random.int(prolific.firstYear, prolific.lastYear),
				trackCount: classicalTrackCountFor(random, albumType),
				discCount: 1,
				artistIds: this.#albumArtists(prolific, others, undefined),
			});
		}
	}

	#ordinaryDiscography(
		profile: ArtistProfile,
		others: readonly ArtistProfile[],
		guest: ArtistProfile | undefined,
	): void {
		const random = this.#random;
		// Most artists have a few records, some have many.
		const albumCount = 1 + Math.floor(12 * random.next() ** 3);
		for (let index = 0; index < albumCount; index++) {
			const albumType = random.pick(ordinaryAlbumTypes);
			const trackCount = trackCountFor(random, albumType);
			this.#addAlbum(profile, {
				name: albumTitle(random, profile.style, index),
				albumType,
				year: random.int(profile.firstYear, profile.lastYear),
				trackCount,
				discCount: albumType === 'album' && trackCount >= 16 && random.chance(0.5) ? 2 : 1,
				artistIds: this.#albumArtists(profile, others, index === 0 ? guest : undefined),
			});
		}
	}

	#albumArtists(
		main: ArtistProfile,
		others: readonly ArtistProfile[],
		guest: ArtistProfile | undefined,
	): readonly string[] {
		if (guest !== undefined) {
			return [main.artist.id, guest.artist.id];
		}

		if (!this.#random.chance(featuredArtistChance)) {
			return [main.artist.id];
		}

		const featured = this.#random.pick(others);
		return featured === main ? [main.artist.id] : [main.artist.id, featured.artist.id];
	}

	#boxSet(prolific: ArtistProfile): CatalogAlbum {
		return this.#addAlbum(prolific, {
			name: boxSetTitle,
			albumType: 'compilation',
			year: lastReleaseYear - 1,
			trackCount: boxSetTrackCount,
			// One disc, so track numbers run on past 50 as a client pages through them.
			discCount: 1,
			artistIds: [prolific.artist.id],
		});
	}

	#addAlbum(profile: ArtistProfile, plan: AlbumPlan): CatalogAlbum {
		const random = this.#random;
		const albumId = this.#newId();
		const {releaseDate, releaseDatePrecision} = releaseDateIn(random, plan.year);
		const tracks = this.#albumTracks(profile, plan, albumId);
		const album: CatalogAlbum = {
			id: albumId,
			name: plan.name,
			albumType: plan.albumType,
			artistIds: plan.artistIds,
			releaseDate,
			releaseDatePrecision,
			trackIds: tracks.map((track) => track.id),
			upc: this.#newUpc(),
			copyright: `℗ ${plan.year} ${profile.label}`,
			rank: random.int(0, 100),
			...(plan.withoutImages === true ? {withoutImages: true} : {}),
		};
		this.#albums.push(album);
		this.#tracks.push(...tracks);
		return album;
	}

	#albumTracks(profile: ArtistProfile, plan: AlbumPlan, albumId: string): CatalogTrack[] {
		const random = this.#random;
		const isClassical = profile.style === 'classical';
		const perDisc = Math.ceil(plan.trackCount / plan.discCount);
		const mainArtistOnly = plan.artistIds.slice(0, 1);
		const isFeaturing = plan.artistIds.length > 1;
		const isrcStem = `${profile.isrcPrefix}${String(plan.year % 100).padStart(2, '0')}`;
		const firstDesignation = this.#reserveIsrcDesignations(isrcStem, plan.trackCount);
		const tracks: CatalogTrack[] = [];
		for (let index = 0; index < plan.trackCount; index++) {
			tracks.push({
				id: this.#newId(),
				name: plan.trackNames?.[index] ?? trackTitle(random, profile.style),
				albumId,
				artistIds: index === 0 || (isFeaturing && random.chance(0.5)) ? plan.artistIds : mainArtistOnly,
				discNumber: Math.floor(index / perDisc) + 1,
				trackNumber: (index % perDisc) + 1,
				durationMs: isClassical ? random.int(180_000, 720_000) : ordinaryDurationMs(random),
				explicit: !isClassical && random.chance(explicitChance),
				isrc: isrcStem + String(firstDesignation + index).padStart(5, '0'),
				rank: random.int(0, 100),
			});
		}

		return tracks;
	}

	#newId(): string {
		let id = this.#random.base62Id();
		while (this.#usedIds.has(id)) {
			id = this.#random.base62Id();
		}

		this.#usedIds.add(id);
		return id;
	}

	/** A 12-digit UPC-A with a valid check digit. */
	#newUpc(): string {
		let upc = withUpcCheckDigit(this.#random.digits(11));
		while (this.#usedUpcs.has(upc)) {
			upc = withUpcCheckDigit(this.#random.digits(11));
		}

		this.#usedUpcs.add(upc);
		return upc;
	}

	/**
	 * ISRCs are `CC` + registrant + two-digit year + a five-digit number counted per registrant and
	 * year: the first of `count` numbers kept for one album.
	 */
	#reserveIsrcDesignations(stem: string, count: number): number {
		const first = (this.#isrcCounters.get(stem) ?? 0) + 1;
		this.#isrcCounters.set(stem, first + count - 1);
		return first;
	}
}

const prolificAlbumTypes: readonly AlbumType[] = [
	'album',
	'album',
	'album',
	'album',
	'album',
	'single',
	'single',
	'single',
	'compilation',
	'compilation',
];
const ordinaryAlbumTypes: readonly AlbumType[] = [
	'album',
	'album',
	'album',
	'album',
	'single',
	'single',
	'compilation',
];
const isrcCountries = ['US', 'GB', 'SE', 'JP', 'KR', 'DE', 'FR', 'IL', 'AE', 'BR', 'CA', 'NL', 'TW', 'ES'];
const zeroCharCode = 48;
const registrantCharacters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const boxSetTitle =
	'The Complete Archive: Every Symphony, Concerto, Nocturne and Serenade Recorded Between 1960 and 2026, Newly Remastered';

const genresByStyle: Partial<Record<Style, readonly string[]>> = {
	classical: ['contemporary classical', 'orchestral', 'neoclassical'],
	japanese: ['city pop', 'j-indie', 'shibuya-kei'],
	chinese: ['mandopop', 'c-indie'],
	korean: ['k-indie', 'k-ballad'],
	arabic: ['arabic pop', 'khaleeji'],
	hebrew: ['israeli indie', 'mizrahi'],
};

function genresFor(random: SeededRandom, style: Style): readonly string[] {
	if (random.chance(0.15)) {
		return [];
	}

	const choices = genresByStyle[style] ?? genres;
	const first = random.pick(choices);
	const second = random.pick(choices);
	return first === second || random.chance(0.5) ? [first] : [first, second];
}

function registrantCode(random: SeededRandom): string {
	let code = '';
	for (let index = 0; index < 3; index++) {
		code += random.pick(registrantCharacters);
	}

	return code;
}

function withUpcCheckDigit(elevenDigits: string): string {
	let sum = 0;
	for (let index = 0; index < elevenDigits.length; index++) {
		sum += (elevenDigits.charCodeAt(index) - zeroCharCode) * (index % 2 === 0 ? 3 : 1);
	}

	return `${elevenDigits}${(10 - (sum % 10)) % 10}`;
}

function trackCountFor(random: SeededRandom, albumType: AlbumType): number {
	switch (albumType) {
		case 'single': {
			return random.int(1, 3);
		}

		case 'compilation': {
			return random.int(6, 14);
		}

		default: {
			return random.chance(0.15) ? random.int(13, 20) : random.int(5, 12);
		}
	}
}

/** The prolific artist's works come in a few movements each. */
function classicalTrackCountFor(random: SeededRandom, albumType: AlbumType): number {
	switch (albumType) {
		case 'single': {
			return random.int(1, 3);
		}

		case 'compilation': {
			return random.int(4, 10);
		}

		default: {
			return random.int(2, 6);
		}
	}
}

/** Mostly two to six minutes; now and then anything from 30 seconds to 12 minutes. */
function ordinaryDurationMs(random: SeededRandom): number {
	return random.chance(0.1) ? random.int(30_000, 720_000) : random.int(120_000, 360_000);
}

function releaseDateIn(
	random: SeededRandom,
	year: number,
): {releaseDate: string; releaseDatePrecision: ReleaseDatePrecision} {
	const yearOnlyChance = year < 1980 ? 0.35 : 0.1;
	if (random.chance(yearOnlyChance)) {
		return {releaseDate: String(year), releaseDatePrecision: 'year'};
	}

	const month = random.int(1, year === lastReleaseYear ? lastMonthOfLastYear : 12);
	const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
	if (random.chance(0.12)) {
		return {releaseDate: yearMonth, releaseDatePrecision: 'month'};
	}

	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = random.int(1, daysInMonth);
	return {releaseDate: `${yearMonth}-${String(day).padStart(2, '0')}`, releaseDatePrecision: 'day'};
}
