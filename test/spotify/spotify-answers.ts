// Answers the real Web API gives that the sandbox did not, in Spotify's own shapes: for the tests of
// lenient reading. The local file is a real capture's shape (ids and most of its album null).

export const desk = {
	id: '3f7b1c2d9e8a4b5c6d7e8f9a0b1c2d3e4f5a6b7c',
	is_active: true,
	is_private_session: false,
	is_restricted: false,
	name: 'Desk',
	type: 'Computer',
	volume_percent: 50,
	supports_volume: true,
};

const stateAround = (item: unknown, more: Record<string, unknown> = {}) => ({
	device: desk,
	shuffle_state: false,
	smart_shuffle: false,
	repeat_state: 'off',
	timestamp: 1_765_000_000_000,
	context: null,
	progress_ms: 12_345,
	item,
	currently_playing_type: 'track',
	actions: {disallows: {resuming: true}},
	is_playing: true,
	...more,
});

/** A local file playing: Spotify breaks its own contract here (ids, URIs, album fields null). */
export const localFileState = stateAround({
	album: {
		album_type: null,
		artists: [],
		available_markets: [],
		external_urls: {},
		href: null,
		id: null,
		images: [],
		name: 'Tapes',
		release_date: null,
		release_date_precision: null,
		type: 'album',
		uri: null,
	},
	artists: [{external_urls: {}, href: null, id: null, name: 'Home Recordings', type: 'artist', uri: null}],
	available_markets: [],
	disc_number: 0,
	duration_ms: 201_000,
	explicit: false,
	external_ids: {},
	external_urls: {},
	href: null,
	id: null,
	is_local: true,
	name: 'Demo 3',
	popularity: 0,
	preview_url: null,
	track_number: 0,
	type: 'track',
	uri: null,
});

const episode = {
	audio_preview_url: null,
	description: 'A walk through the studio.',
	html_description: '<p>A walk through the studio.</p>',
	duration_ms: 1_686_230,
	explicit: false,
	external_urls: {spotify: 'https://open.spotify.com/episode/5Xt5DXGzch68nYYamXrNxZ'},
	href: 'https://api.spotify.com/v1/episodes/5Xt5DXGzch68nYYamXrNxZ',
	id: '5Xt5DXGzch68nYYamXrNxZ',
	images: [],
	is_externally_hosted: false,
	is_playable: true,
	languages: ['en'],
	name: 'Behind the Mixing Desk',
	release_date: '2026-03-01',
	release_date_precision: 'day',
	type: 'episode',
	uri: 'spotify:episode:5Xt5DXGzch68nYYamXrNxZ',
};

export const episodeState = stateAround(
	{...episode, show: {name: 'Studio Stories', publisher: 'Pocket Radio', type: 'show'}},
	{currently_playing_type: 'episode'},
);

/** An audiobook chapter: typed `episode` by Spotify, with an audiobook where an episode has a show. */
export const chapterState = stateAround(
	{...episode, name: 'Chapter 7: The Storm', chapter_number: 7, audiobook: {name: 'The Long Voyage'}},
	{currently_playing_type: 'episode'},
);

export const adState = stateAround(null, {currently_playing_type: 'ad', progress_ms: 4000});

export const privateSessionState = stateAround(null, {
	currently_playing_type: 'unknown',
	device: {...desk, is_private_session: true},
});

/** Values added since the code was written: a repeat mode, a device type, an item type. */
export const newerValuesState = stateAround(
	{type: 'video', id: 'v1', uri: 'spotify:video:v1', name: 'Live at the Hall', duration_ms: 60_000},
	{
		repeat_state: 'shuffle-repeat',
		currently_playing_type: 'video',
		device: {...desk, type: 'Hologram', volume_percent: null},
	},
);

export const devicesWithRestricted = {
	devices: [
		desk,
		{
			id: null,
			is_active: false,
			is_private_session: false,
			is_restricted: true,
			name: 'Car',
			type: 'Automobile',
			volume_percent: null,
			supports_volume: false,
		},
	],
};

/** An artist's albums as an older answer gives them: no release date, no track count, images null. */
export const olderAlbumsPage = {
	href: 'https://api.spotify.com/v1/artists/x/albums?offset=0&limit=10',
	items: [
		{
			album_type: 'album',
			album_group: 'album',
			artists: [{name: 'Old Band', id: '0oldband0000000000000', uri: 'spotify:artist:0oldband0000000000000'}],
			id: '1oldalbum000000000000',
			images: null,
			name: 'First Light',
			type: 'album',
			uri: 'spotify:album:1oldalbum000000000000',
		},
		{
			album_type: 'mixtape',
			album_group: 'appears_on',
			artists: [],
			id: '2oldalbum000000000000',
			images: [],
			name: 'Friends & Family',
			release_date: '1999',
			release_date_precision: 'year',
			total_tracks: 12,
			type: 'album',
			uri: 'spotify:album:2oldalbum000000000000',
		},
	],
	limit: 10,
	next: null,
	offset: 0,
	previous: null,
	total: 2,
};
