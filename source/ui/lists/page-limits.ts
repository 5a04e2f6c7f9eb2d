// Development Mode's page limits (SPOTIFY.md), as the catalog client has them. Kept here so that the
// first frame does not load the client; a test holds the two equal.
export const searchPageSize = 10;
export const searchMaxOffset = 1000;
export const artistAlbumsPageSize = 10;
export const albumTracksPageSize = 50;
/** The most rows a list loads, whatever total Spotify reports. */
export const listCeiling = 2000;
/** The library's pages: Liked Songs, saved albums, playlists and their items. */
export const libraryPageSize = 50;
/** `GET /me/library/contains` takes this many URIs at most. */
export const urisPerLibraryRequest = 40;
