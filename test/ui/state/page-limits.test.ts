import {expect, test} from 'vitest';
import * as client from '../../../source/spotify/catalog-client.js';
import * as lists from '../../../source/ui/lists/page-limits.js';

test('the lists ask for pages of the sizes the catalog client allows, up to its ceiling', () => {
	expect({...lists}).toEqual({
		searchPageSize: client.searchPageSize,
		searchMaxOffset: client.searchMaxOffset,
		artistAlbumsPageSize: client.artistAlbumsPageSize,
		albumTracksPageSize: client.albumTracksPageSize,
		listCeiling: client.listCeiling,
	});
});
