// Invented names for artists, albums and tracks, in several scripts and styles.

import type {SeededRandom} from './random.js';
import type {AlbumType} from './types.js';
import {
	accentedWords,
	adjectives,
	albumSuffixes,
	classical,
	deluxeEditionSuffix,
	emojis,
	firstNames,
	guaranteedSearchWords,
	lastNames,
	longArtistNames,
	type NameScript,
	nouns,
	pluralNouns,
	romanNumerals,
	specialArtistNames,
	titleWords,
	trackSuffixes,
	verbsIng,
} from './words.js';

export const prolificArtistName = 'The Endless Archive Orchestra';

/** How an artist's names and titles are made: a script, the prolific artist's classical titles, or long ones. */
export type Style = NameScript | 'classical' | 'long';

export type ArtistPlan = {readonly name: string; readonly style: Style};

/** The prolific artist first, then the fixed special names and invented ones, in a seeded order. */
export function artistPlans(random: SeededRandom, artistCount: number): ArtistPlan[] {
	const fixed: ArtistPlan[] = [
		...Object.entries(specialArtistNames).flatMap(([style, names]) =>
			names.map((name) => ({name, style: style as NameScript})),
		),
		...longArtistNames.map((name): ArtistPlan => ({name, style: 'long'})),
		...guaranteedSearchWords.flatMap((word) =>
			guaranteedWordArtistNames(random, word).map((name): ArtistPlan => ({name, style: 'english'})),
		),
	];
	const usedNames = new Set([prolificArtistName, ...fixed.map((plan) => plan.name)]);
	const invented: ArtistPlan[] = [];
	while (fixed.length + invented.length + 1 < artistCount) {
		const style: Style = random.chance(0.08) ? 'accented' : 'english';
		const name = style === 'accented' ? accentedArtistName(random) : englishArtistName(random);
		if (!usedNames.has(name)) {
			usedNames.add(name);
			invented.push({name, style});
		}
	}

	return [{name: prolificArtistName, style: 'classical'}, ...random.shuffled([...fixed, ...invented])];
}

function guaranteedWordArtistNames(random: SeededRandom, word: string): string[] {
	return [
		`${word} ${random.pick(pluralNouns.filter((noun) => !noun.startsWith(word)))}`,
		`The ${random.pick(adjectives.filter((adjective) => adjective !== word))} ${word}`,
		`${random.pick(firstNames)} ${random.pick(lastNames)} & the ${word} ${random.pick(pluralNouns)}`,
	];
}

function englishArtistName(random: SeededRandom): string {
	switch (random.int(0, 5)) {
		case 0: {
			return `The ${random.pick(adjectives)} ${random.pick(pluralNouns)}`;
		}

		case 1: {
			return `${random.pick(adjectives)} ${random.pick(nouns)}`;
		}

		case 2: {
			return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
		}

		case 3: {
			return `${random.pick(firstNames)} ${random.pick(lastNames)} & the ${random.pick(pluralNouns)}`;
		}

		case 4: {
			return `${random.pick(nouns)} ${random.pick(pluralNouns)}`;
		}

		default: {
			return `${random.pick(adjectives)} ${random.pick(nouns)} Collective`;
		}
	}
}

function accentedArtistName(random: SeededRandom): string {
	return random.chance(0.5)
		? `${random.pick(accentedWords)} ${random.pick(pluralNouns)}`
		: `${random.pick(firstNames)} ${random.pick(accentedWords)}`;
}

function englishPhrase(random: SeededRandom): string {
	switch (random.int(0, 6)) {
		case 0:
		case 1: {
			return `${random.pick(adjectives)} ${random.pick(nouns)}`;
		}

		case 2: {
			return `${random.pick(verbsIng)} the ${random.pick(nouns)}`;
		}

		case 3: {
			return `${random.pick(nouns)} and ${random.pick(nouns)}`;
		}

		case 4: {
			return `The ${random.pick(adjectives)} ${random.pick(pluralNouns)}`;
		}

		case 5: {
			return `After the ${random.pick(nouns)}`;
		}

		default: {
			return random.pick(adjectives);
		}
	}
}

/** A title in the artist's own script or style. */
function phraseIn(random: SeededRandom, style: Style): string {
	switch (style) {
		case 'japanese':
		case 'chinese': {
			return joinWords(random, titleWords[style], '', random.int(2, 3));
		}

		case 'korean':
		case 'arabic':
		case 'hebrew': {
			return joinWords(random, titleWords[style], ' ', 2);
		}

		case 'emoji': {
			const emoji = random.pick(emojis);
			return random.chance(0.5) ? `${emoji} ${englishPhrase(random)}` : `${englishPhrase(random)} ${emoji}`;
		}

		case 'accented': {
			return random.chance(0.5)
				? `${random.pick(accentedWords)} ${random.pick(nouns)}`
				: `${random.pick(adjectives)} ${random.pick(accentedWords)}`;
		}

		default: {
			return englishPhrase(random);
		}
	}
}

function joinWords(random: SeededRandom, words: readonly string[], separator: string, count: number): string {
	const picked: string[] = [];
	while (picked.length < count) {
		const word = random.pick(words);
		if (!picked.includes(word)) {
			picked.push(word);
		}
	}

	return picked.join(separator);
}

export function albumTitle(random: SeededRandom, style: Style, albumIndex: number): string {
	const phrase = phraseIn(random, style);
	// Long-named artists always put out a long deluxe title first; others do now and then.
	if ((style === 'long' && albumIndex === 0) || random.chance(0.02)) {
		return phrase + deluxeEditionSuffix;
	}

	return random.chance(0.08) ? phrase + random.pick(albumSuffixes) : phrase;
}

export function trackTitle(random: SeededRandom, style: Style): string {
	if (style === 'classical') {
		return classicalTrackTitle(random);
	}

	const phrase = phraseIn(random, style);
	return random.chance(0.05) ? phrase + random.pick(trackSuffixes) : phrase;
}

function classicalWork(random: SeededRandom): string {
	return `${random.pick(classical.forms)} No. ${random.int(1, 12)} in ${random.pick(classical.keys)}, Op. ${random.int(1, 140)}`;
}

/** E.g. `Sonata No. 3 in A Minor, Op. 27 "Night River": II. Largo e mesto - Live at the ...`. */
function classicalTrackTitle(random: SeededRandom): string {
	const movement = `${random.pick(romanNumerals)}. ${random.pick(classical.tempos)}`;
	const title = `${classicalWork(random)} "${random.pick(classical.nicknames)}": ${movement}`;
	return random.chance(0.3) ? `${title} - ${random.pick(classical.performances)}` : title;
}

export function classicalAlbumTitle(random: SeededRandom, albumType: AlbumType, volume: number): string {
	switch (albumType) {
		case 'single': {
			return `${classicalWork(random)}: ${random.pick(romanNumerals)}. ${random.pick(classical.tempos)}`;
		}

		case 'compilation': {
			return `${random.pick(classical.collections)}, Vol. ${volume}`;
		}

		default: {
			return random.chance(0.1)
				? `${classicalWork(random)} (${random.pick(classical.performances)})`
				: classicalWork(random);
		}
	}
}
