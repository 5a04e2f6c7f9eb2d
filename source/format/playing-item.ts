import type {PlaybackState} from '../spotify/schemas.js';

/** What kind of thing plays, as the CLI and the TUI tell it. */
export type PlayingKind = 'track' | 'local' | 'episode' | 'chapter' | 'ad' | 'unknown';

export type PlayingItemDescription = {
	readonly kind: PlayingKind;
	readonly title: string;
	/** Who or where from: artists and album, the show, the audiobook; '' when there is nothing to say. */
	readonly subtitle: string;
	/** Null when Spotify gives no length (an ad, or an item it does not name). */
	readonly durationMs: number | null;
};

/**
 * What plays, for display: a track (or a local file, whose ids are null), a podcast episode, an
 * audiobook chapter, an ad, or something Spotify does not name (a private session, a kind added
 * since). Undefined when nothing plays.
 */
export function describePlayingItem(
	state: Pick<PlaybackState, 'item' | 'currently_playing_type'>,
): PlayingItemDescription | undefined {
	const {item} = state;
	if (item === null) {
		return describeUnnamed(state.currently_playing_type);
	}

	const title = item.name === '' ? 'Untitled' : item.name;
	switch (item.type) {
		case 'track': {
			const artists = item.artists.map((artist) => artist.name).filter((name) => name !== '');
			const parts = [artists.join(', '), item.album?.name ?? '', item.is_local ? 'local file' : ''];
			return {
				kind: item.is_local ? 'local' : 'track',
				title,
				subtitle: parts.filter((part) => part !== '').join(' · '),
				durationMs: item.duration_ms,
			};
		}

		case 'episode': {
			const chapter = item.show === null && item.audiobook !== null;
			return {
				kind: chapter ? 'chapter' : 'episode',
				title,
				subtitle: (chapter ? item.audiobook?.name : item.show?.name) ?? '',
				durationMs: item.duration_ms,
			};
		}

		default: {
			return {kind: 'unknown', title, subtitle: item.sentType, durationMs: item.duration_ms};
		}
	}
}

function describeUnnamed(type: string | null): PlayingItemDescription | undefined {
	switch (type) {
		case null:
		case 'track': {
			return undefined;
		}

		case 'ad': {
			return {kind: 'ad', title: 'Advertisement', subtitle: '', durationMs: null};
		}

		case 'episode': {
			return {kind: 'episode', title: 'A podcast episode', subtitle: '', durationMs: null};
		}

		case 'unknown': {
			return {
				kind: 'unknown',
				title: 'Something Spotify does not name',
				subtitle: 'a private session?',
				durationMs: null,
			};
		}

		default: {
			return {kind: 'unknown', title: 'Something Spotify does not name', subtitle: type, durationMs: null};
		}
	}
}
