import {albumsList} from './albums-list.js';
import {artistsList} from './artists-list.js';
import type {CatalogList, ListKind} from './catalog-list.js';
import {devicesList} from './devices-list.js';
import {tracksList} from './tracks-list.js';

/** Every list the app shows, by kind. */
export const catalogLists: {readonly [Kind in ListKind]: CatalogList<Kind>} = {
	artists: artistsList,
	albums: albumsList,
	tracks: tracksList,
	devices: devicesList,
};

export function catalogList<Kind extends ListKind>(kind: Kind): CatalogList<Kind> {
	return catalogLists[kind];
}
