import {albumResultsList} from './album-results-list.js';
import {albumsList} from './albums-list.js';
import {artistsList} from './artists-list.js';
import type {CatalogList, ListKind} from './catalog-list.js';
import {devicesList} from './devices-list.js';
import {followedArtistsList} from './followed-artists-list.js';
import {homeList} from './home-list.js';
import {likedSongsList} from './liked-songs-list.js';
import {newReleasesList} from './new-releases-list.js';
import {nowPlayingList} from './now-playing-list.js';
import {playlistItemsList} from './playlist-items-list.js';
import {playlistResultsList} from './playlist-results-list.js';
import {playlistsList} from './playlists-list.js';
import {queueList} from './queue-list.js';
import {recentlyPlayedList} from './recently-played-list.js';
import {savedAlbumsList} from './saved-albums-list.js';
import {trackResultsList} from './track-results-list.js';
import {tracksList} from './tracks-list.js';

/** Every list the app shows, by kind. */
export const catalogLists: {readonly [Kind in ListKind]: CatalogList<Kind>} = {
	home: homeList,
	artists: artistsList,
	'album-results': albumResultsList,
	'track-results': trackResultsList,
	'playlist-results': playlistResultsList,
	albums: albumsList,
	tracks: tracksList,
	devices: devicesList,
	'liked-songs': likedSongsList,
	'saved-albums': savedAlbumsList,
	playlists: playlistsList,
	'playlist-items': playlistItemsList,
	'recently-played': recentlyPlayedList,
	'followed-artists': followedArtistsList,
	'new-releases': newReleasesList,
	queue: queueList,
	'now-playing': nowPlayingList,
};

export function catalogList<Kind extends ListKind>(kind: Kind): CatalogList<Kind> {
	return catalogLists[kind];
}
