// Names that take text handling to its edges, as real catalogs have them: right-to-left text mixed
// with left-to-right words and digits, stacked combining marks, characters of zero width, and emoji
// built from several code points (families, flags, skin tones, keycaps). Written with escapes where
// the characters are invisible.

import type {Style} from './names.js';

export type RoughArtistPlan = {
	readonly name: string;
	readonly style: Style;
	readonly album: {
		readonly name: string;
		readonly trackNames: readonly string[];
		readonly withoutImages?: boolean;
	};
};

export const roughArtistPlans: readonly RoughArtistPlan[] = [
	{
		name: 'ليلى و Night Shift 2',
		style: 'arabic',
		album: {
			name: 'أغاني 1999 (Remix)',
			trackNames: ['Intro \u200F(مقدمة)\u200F', 'ليل 2 Day', 'שיר 3 אחרון', 'Track 4: نهاية'],
			withoutImages: true,
		},
	},
	{
		name: 'Z\u0338a\u0335l\u0337g\u0336o\u0334 Cho\u0301\u0302i\u0308r',
		style: 'accented',
		album: {
			name: 'Cafe\u0301 Se\u0301ances',
			trackNames: [
				'Nguyễn Thị Ánh',
				'A\u0308\u0301\u0302\u0303 Stack',
				'Z\u0338\u0322\u031Ba\u0335\u0321l\u0337\u0328g\u0336o Finale',
			],
		},
	},
	{
		name: 'Zero\u200BWidth\u200DBand',
		style: 'english',
		album: {
			name: 'Invisible\u2060Ink\u00AD',
			trackNames: ['Word\u200CJoiner', '\uFEFFByte Order', 'Soft\u00ADHyphen', 'Left\u200ERight\u200FMarks'],
		},
	},
	{
		name: '👩‍👩‍👧‍👦 Family Band 🇸🇪',
		style: 'emoji',
		album: {
			name: '1️⃣2️⃣3️⃣ Countdown 👋🏽',
			trackNames: ['🏳️‍🌈 Parade', '👨🏾‍🚀 Orbit', '🇯🇵🇰🇷 Exchange', '❤️‍🔥 Burn', '#️⃣ Hash'],
		},
	},
];

export type ShowPlan = {
	readonly name: string;
	readonly publisher: string;
	readonly description: string;
	readonly episodeNames: readonly string[];
};

export const showPlans: readonly ShowPlan[] = [
	{
		name: 'Studio Stories',
		publisher: 'Pocket Radio',
		description: 'Producers walk through how one record was made.',
		episodeNames: [
			'Behind the Mixing Desk',
			'The Drum Room 🥁',
			'Strings at Midnight',
			'Tape, Tubes and Patience',
			'A Song in Three Takes',
			'Mastering for the Long Haul',
		],
	},
	{
		name: 'حكايات الليل',
		publisher: 'إذاعة الفجر',
		description: 'قصص قصيرة عن الموسيقى والمدن ليلًا.',
		episodeNames: ['الحلقة 1: القاهرة', 'الحلقة 2: Beirut 1975', 'الحلقة 3: الطريق'],
	},
];
