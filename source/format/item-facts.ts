import type {PlayableItem} from '../spotify/schemas.js';
import {artistNames} from './catalog-text.js';

/** A track, episode, chapter or other item as the lists and tables show it, in columns. */
export type ItemFacts = {
	readonly kind: 'track' | 'local' | 'episode' | 'chapter' | 'other';
	readonly title: string;
	/** The artists, the show, or the audiobook. */
	readonly by: string;
	/** A track's album; '' for the rest. */
	readonly album: string;
	readonly durationMs: number;
	/** Null for a local file, which cannot be played or saved from here. */
	readonly uri: string | null;
	readonly id: string | null;
};

export function itemFacts(item: PlayableItem): ItemFacts {
	const common = {
		title: item.name === '' ? 'Untitled' : item.name,
		durationMs: item.duration_ms,
		uri: item.uri,
		id: item.id,
	};
	switch (item.type) {
		case 'track': {
			return {
				...common,
				kind: item.is_local ? 'local' : 'track',
				by: artistNames(item.artists),
				album: item.album?.name ?? '',
			};
		}

		case 'episode': {
			const chapter = item.show === null && item.audiobook !== null;
			return {
				...common,
				kind: chapter ? 'chapter' : 'episode',
				by: (chapter ? item.audiobook?.name : item.show?.name) ?? '',
				album: '',
			};
		}

		default: {
			return {...common, kind: 'other', by: item.sentType, album: ''};
		}
	}
}
