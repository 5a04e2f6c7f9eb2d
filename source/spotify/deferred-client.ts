import type {SpotifyCalls} from './spotify-client.js';

/**
 * A client to use at once whose calls wait for `ready`: the TUI draws its first screen while the
 * code that talks to Spotify (and, in the demo, the sandbox) is still loading. A failed `ready`
 * fails every call with its error.
 */
export function deferredClient(
	tokenKind: SpotifyCalls['tokenKind'],
	ready: Promise<SpotifyCalls>,
): SpotifyCalls {
	// Each call gets the failure; one that no call waited for is not an unhandled rejection.
	ready.catch(() => undefined);
	return {
		tokenKind,
		catalog: forwardWhenReady(ready, 'catalog', {
			search: true,
			searchMany: true,
			artist: true,
			artistAlbums: true,
			album: true,
			albumTracks: true,
			artistAlbumsPage: true,
			albumTracksPage: true,
		}),
		player: forwardWhenReady(ready, 'player', {
			devices: true,
			state: true,
			play: true,
			pause: true,
			next: true,
			previous: true,
			seek: true,
			setVolume: true,
			setShuffle: true,
			setRepeat: true,
			addToQueue: true,
			queue: true,
			transfer: true,
			findDevice: true,
			deviceToWake: true,
		}),
		library: forwardWhenReady(ready, 'library', {
			likedTracksPage: true,
			likedTracks: true,
			savedAlbumsPage: true,
			savedAlbums: true,
			playlistsPage: true,
			playlists: true,
			playlist: true,
			playlistItemsPage: true,
			playlistItems: true,
			recentlyPlayedPage: true,
			recentlyPlayed: true,
			followedArtists: true,
			contains: true,
			save: true,
			remove: true,
		}),
	};
}

function forwardWhenReady<Part extends 'catalog' | 'player' | 'library'>(
	ready: Promise<SpotifyCalls>,
	part: Part,
	methods: Record<keyof SpotifyCalls[Part], true>,
): SpotifyCalls[Part] {
	const forwarded: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
	for (const name of Object.keys(methods)) {
		forwarded[name] = async (...args) => {
			const target = (await ready)[part] as Record<string, (...args: unknown[]) => Promise<unknown>>;
			return target[name]?.(...args);
		};
	}

	return forwarded as unknown as SpotifyCalls[Part];
}
