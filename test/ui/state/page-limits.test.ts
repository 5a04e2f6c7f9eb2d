import {expect, test} from 'vitest';
import * as client from '../../../source/spotify/catalog-client.js';
import {libraryPageSize, urisPerLibraryRequest} from '../../../source/spotify/library-client.js';
import * as lists from '../../../source/ui/lists/page-limits.js';

test('the lists ask for pages of the sizes the catalog and library clients allow, up to its ceiling', () => {
	expect({...lists}).toEqual({
		searchPageSize: client.searchPageSize,
		searchMaxOffset: client.searchMaxOffset,
		artistAlbumsPageSize: client.artistAlbumsPageSize,
		albumTracksPageSize: client.albumTracksPageSize,
		listCeiling: client.listCeiling,
		libraryPageSize,
		urisPerLibraryRequest,
	});
});
