// Word lists for the invented catalog. Every name is made up; none is meant to match a real artist or record.

/** Words the catalog guarantees on several artists, albums and tracks, so searches for them find something. */
export const guaranteedSearchWords = ['Velvet', 'River', 'Night'] as const;

export const adjectives = [
	'Velvet',
	'Amber',
	'Silver',
	'Hollow',
	'Quiet',
	'Paper',
	'Copper',
	'Lunar',
	'Distant',
	'Golden',
	'Crimson',
	'Wandering',
	'Northern',
	'Gentle',
	'Restless',
	'Faded',
	'Static',
	'Cedar',
	'Tidal',
	'Midnight',
	'Borrowed',
	'Slow',
	'Bright',
	'Salt',
	'Winter',
	'Electric',
	'Sleepless',
	'Hidden',
	'Patient',
	'Marble',
	'Indigo',
	'Frosted',
	'Lantern-lit',
	'Drifting',
	'Careful',
	'Open',
] as const;

export const nouns = [
	'River',
	'Night',
	'Harbor',
	'Lantern',
	'Meadow',
	'Orchard',
	'Signal',
	'Comet',
	'Engine',
	'Canyon',
	'Ferry',
	'Compass',
	'Atlas',
	'Ember',
	'Tide',
	'Valley',
	'Sparrow',
	'Thicket',
	'Lighthouse',
	'Postcard',
	'Telescope',
	'Garden',
	'Station',
	'Balcony',
	'Weather',
	'Harvest',
	'Island',
	'Mirror',
	'Window',
	'Letter',
	'Current',
	'Bridge',
	'Feather',
	'Velvet',
	'Radio',
	'Kettle',
] as const;

export const pluralNouns = [
	'Rivers',
	'Nights',
	'Lanterns',
	'Sparrows',
	'Comets',
	'Engines',
	'Ferries',
	'Orchards',
	'Signals',
	'Harbors',
	'Postcards',
	'Telescopes',
	'Weathervanes',
	'Islands',
	'Mirrors',
	'Letters',
	'Bridges',
	'Feathers',
	'Kettles',
	'Balconies',
] as const;

export const verbsIng = [
	'Crossing',
	'Waiting for',
	'Dancing on',
	'Leaving',
	'Finding',
	'Chasing',
	'Mending',
	'Remembering',
	'Drawing',
	'Following',
	'Counting',
	'Sailing past',
] as const;

export const firstNames = [
	'Mara',
	'Theo',
	'Juniper',
	'Ossian',
	'Wren',
	'Calloway',
	'Idris',
	'Marisol',
	'Tobin',
	'Lysander',
	'Petra',
	'Emrys',
	'Halcyon',
	'Rosalind',
	'Casimir',
	'Odette',
	'Fennick',
	'Ilse',
] as const;

export const lastNames = [
	'Quillfield',
	'Ashgrove',
	'Brightwater',
	'Vellacott',
	'Thornbury',
	'Kestrelman',
	'Oakhollow',
	'Fairweather',
	'Lindqvane',
	'Marrowby',
	'Pennyworth-Hale',
	'Starling',
	'Coldharbour',
	'Wickersham',
	'Underhay',
] as const;

export const genres = [
	'indie folk',
	'dream pop',
	'post-rock',
	'chamber pop',
	'synthwave',
	'jazz fusion',
	'ambient',
	'math rock',
	'shoegaze',
	'alt-country',
	'art pop',
	'lo-fi beats',
	'soul',
	'garage rock',
	'bossa nova',
	'electronica',
] as const;

export const recordLabels = [
	'Invented Records',
	'Lantern Hill Records',
	'Quiet Harbor Music',
	'Copper Kettle Recordings',
	'Northfold Sound',
	'Amberline Editions',
	'Paper Comet Label',
	'Tidewater Phonograph Co.',
] as const;

export const albumSuffixes = [
	' (Deluxe Edition)',
	' (Remastered)',
	' (Live)',
	' (Expanded Edition)',
	' (Acoustic)',
	' (Anniversary Edition)',
] as const;

export const trackSuffixes = [
	' - Remastered',
	' - Live',
	' - Demo',
	' - Acoustic Version',
	' - Radio Edit',
] as const;

/** The kinds of names an artist's records carry, besides plain English. */
export type NameScript =
	| 'english'
	| 'japanese'
	| 'chinese'
	| 'korean'
	| 'arabic'
	| 'hebrew'
	| 'emoji'
	| 'accented';

/** Words each script's titles are built from (two or three joined). */
export const titleWords: Readonly<
	Record<Exclude<NameScript, 'english' | 'emoji' | 'accented'>, readonly string[]>
> = {
	japanese: ['夜の', '川', '月光', '星屑', '夢', '海辺の', '灯台', '雨音', '青い', '約束', '銀河', '小径'],
	chinese: ['夜', '河流', '星光', '梦', '城市', '雨', '灯塔', '银色', '远方', '春天', '海', '回声'],
	korean: ['밤', '강물', '별빛', '꿈', '바다', '등대', '푸른', '노래', '새벽', '비', '정원', '편지'],
	arabic: ['ليل', 'نهر', 'قمر', 'نجوم', 'بحر', 'حلم', 'ضوء', 'فجر', 'مطر', 'صدى', 'منارة', 'رحلة'],
	hebrew: ['לילה', 'נהר', 'ירח', 'כוכבים', 'ים', 'חלום', 'אור', 'שחר', 'גשם', 'הד', 'מגדלור', 'מסע'],
};

export const emojis = [
	'🌙',
	'🔥',
	'🌊',
	'✨',
	'🌸',
	'🎧',
	'🛶',
	'🦊',
	'🌵',
	'🐝',
	'❤️',
	'🧑‍🚀',
	'👩🏽‍🎤',
] as const;

export const accentedWords = [
	'Café',
	'Crème',
	'Déjà',
	'Éclair',
	'Mañana',
	'Señorita',
	'Fjörd',
	'Søndag',
	'Naïve',
	'Rêverie',
	'Ölüdeniz',
	'Żurawie',
	'Forêt',
	'Été',
	'Corazón',
	'Ça',
] as const;

/** Artists with fixed names in other scripts: every catalog has all of them, so every seed shows them. */
export const specialArtistNames: Readonly<Record<Exclude<NameScript, 'english'>, readonly string[]>> = {
	japanese: ['月影リバーサイド', '星屑の図書館', 'ＮＥＯＮ夜行'],
	chinese: ['夜河乐团', '银色灯塔'],
	korean: ['밤의 정원', '푸른 등대'],
	arabic: ['فرقة النهر الليلي', 'نجوم الفجر'],
	hebrew: ['להקת הירח הכחול', 'נהר הלילה'],
	emoji: ['🔥 Ember Parade', 'Static Bloom 🌸', '🧑‍🚀 Orbit Club', 'Night Ferry 🛳️'],
	accented: [
		'Amélie Vauclair',
		'Joaquín Estrelladó',
		'Søren Lysvåg',
		'Zoë Brûlefort',
		'Ñandú Eléctrico',
		'Łucja Żarnowska',
	],
};

/** Artist names far longer than a terminal column. */
export const longArtistNames = [
	'The Extraordinarily Patient and Occasionally Punctual Brass Ensemble of the Northern Lantern Valley Society',
	"Professor Quillfeather's Travelling Midnight Carnival of Velvet Sounds, Improbable Rhythms and Lost Postcards",
	'Mara Quillfield, Theo Ashgrove, Juniper Brightwater and the Entire Cedar Street Community Choir (Reunion Line-up)',
] as const;

/** The prolific artist's classical titles are built from these. */
export const classical = {
	forms: [
		'Symphony',
		'Piano Concerto',
		'String Quartet',
		'Sonata',
		'Nocturne',
		'Suite',
		'Serenade',
		'Requiem',
	],
	keys: ['C Major', 'A Minor', 'E-flat Major', 'F-sharp Minor', 'D Major', 'G Minor', 'B-flat Major'],
	nicknames: ['The Lantern Keeper', 'Velvet Harbor', 'Night River', 'Of Paper Comets', 'The Sleepless Atlas'],
	tempos: [
		'Adagio ma non troppo',
		'Allegro con brio',
		'Andante cantabile',
		'Scherzo. Presto',
		'Largo e mesto',
		'Finale. Allegro molto vivace',
	],
	performances: [
		'Live at the Invented Concert Hall, Recorded in a Single Uninterrupted Take',
		'Remastered from the Original Analogue Tapes with Previously Unreleased Rehearsal Fragments',
		'Arranged for Chamber Orchestra, Harpsichord Continuo and Distant Foghorn',
	],
	collections: [
		'Complete Symphonies',
		'Selected Nocturnes and Serenades',
		'The Lighthouse Sessions',
		'Music for Sleepless Atlases',
		'Overtures',
	],
} as const;

export const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

/** Album titles far longer than a terminal column. */
export const deluxeEditionSuffix =
	' (Super Deluxe 50th Anniversary Edition, Remastered from the Original Analogue Tapes, with Bonus Demos, Outtakes and Live Recordings)';
