import {albumObject, simplifiedTrack} from '../catalog/serialize.js';
import type {CatalogAlbum} from '../catalog/types.js';
import type {SandboxContext} from '../context.js';
import {pageOf} from './paging.js';

/** The full album, which, like Spotify's, carries the first page of its tracks, linked to /albums/{id}/tracks. */
export function albumWithTracks(found: CatalogAlbum, context: SandboxContext, market: string | undefined) {
	const tracksUrl = new URL(`${context.origin}/v1/albums/${found.id}/tracks`);
	const tracks = pageOf(
		context.catalog.albumTracks(found.id),
		{limit: 50, offset: 0},
		tracksUrl,
		(track) => simplifiedTrack(track, context, market),
		context.controls.pageTotals,
	);
	return albumObject(found, context, tracks);
}
