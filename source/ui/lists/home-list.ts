import type {CatalogList, NewList, Opening} from './catalog-list.js';
import {type HomeSection, homeSections, type SectionId} from './home-sections.js';

/** The home screen: a section a row, opened by Enter or by its digit from any list. */
export const homeList: CatalogList<'home'> = {
	loading: 'all',
	pageSize: homeSections.length,
	maxItems: homeSections.length,
	async load() {
		return {items: homeSections, total: homeSections.length};
	},
	label: () => 'Home',
	title: () => 'Home',
	loadingText: 'Opening…',
	empty: () => '',
	columns: (_sections, {canPlay}) => [
		{header: 'KEY', width: 3, align: 'right', cell: (section) => section.key},
		{header: 'SECTION', width: 20, cell: (section) => section.name},
		{
			header: '',
			width: 'flex',
			cell: (section) => (section.needsLogin && !canPlay ? 'needs a login' : section.about),
		},
	],
	text: (section) => section.name,
	identity: (section) => section.id,
	open: (section) => sectionOpening(section),
	enterHint: 'Enter open',
};

const sectionLists: Readonly<Record<Exclude<SectionId, 'search'>, NewList>> = {
	'liked-songs': {kind: 'liked-songs', subject: {}},
	'saved-albums': {kind: 'saved-albums', subject: {}},
	playlists: {kind: 'playlists', subject: {}},
	'recently-played': {kind: 'recently-played', subject: {}},
	'followed-artists': {kind: 'followed-artists', subject: {}},
	'new-releases': {kind: 'new-releases', subject: {}},
	queue: {kind: 'queue', subject: {}},
	'now-playing': {kind: 'now-playing', subject: {}},
};

export function sectionOpening(section: HomeSection): Opening {
	return section.id === 'search' ? {kind: 'search'} : {kind: 'list', list: sectionLists[section.id]};
}
