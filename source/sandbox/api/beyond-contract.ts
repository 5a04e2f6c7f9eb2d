import type {Interruption} from '../player/types.js';

// BEYOND THE CONTRACT. Answers the real Web API gives although its published description
// (test/contract/spotify-web-api/openapi.yml) does not allow them, as SPOTIFY.md records:
// - the player's `item` (and the queue's `currently_playing`) is null during an ad, a private
//   session, or between items;
// - a local file (from the user's own disk) playing has null `id`, `uri` and `href`, an album with
//   null `id`, `uri`, `href`, `album_type`, `release_date` and `release_date_precision` and no
//   `total_tracks`, and artists with null ids and URIs, in the player's state and in the queue.
// Everything else the sandbox sends keeps to the description; test/sandbox/contract.test.ts checks
// that these are the only departures.

/** A local file as Spotify describes it in the player's state. */
export function localFileItemJson(file: Extract<Interruption, {kind: 'local-file'}>) {
	const artist = {external_urls: {}, href: null, id: null, name: file.artist, type: 'artist', uri: null};
	return {
		album: {
			album_type: null,
			artists: [artist],
			external_urls: {},
			href: null,
			id: null,
			images: [],
			name: file.album,
			release_date: null,
			release_date_precision: null,
			type: 'album',
			uri: null,
		},
		artists: [artist],
		disc_number: 0,
		duration_ms: file.durationMs,
		explicit: false,
		external_ids: {},
		external_urls: {},
		href: null,
		id: null,
		is_local: true,
		name: file.name,
		preview_url: null,
		track_number: 0,
		type: 'track',
		uri: null,
	};
}

/** What `currently_playing_type` says, and the item, during an interruption. */
export function interruptionJson(interruption: Interruption) {
	switch (interruption.kind) {
		case 'ad': {
			return {item: null, currently_playing_type: 'ad'};
		}

		case 'private-session': {
			return {item: null, currently_playing_type: 'unknown'};
		}

		case 'no-item': {
			return {item: null, currently_playing_type: 'track'};
		}

		case 'local-file': {
			return {item: localFileItemJson(interruption), currently_playing_type: 'track'};
		}
	}
}
