import {describePlayingItem} from '../../format/playing-item.js';
import type {PlaybackState} from '../../spotify/schemas.js';

/** A row of what plays: the item itself, then where Enter goes from it (its album, artists, context). */
export type NowPlayingRow =
	| {readonly kind: 'item'; readonly label: string; readonly text: string; readonly uri: string | null}
	| {
			readonly kind: 'album' | 'artist' | 'playlist';
			readonly label: string;
			readonly text: string;
			readonly id: string;
			readonly uri: string;
	  };

/** The rows for a playback state: none when nothing plays. */
export function nowPlayingRows(playback: PlaybackState | undefined): NowPlayingRow[] {
	const described = playback === undefined ? undefined : describePlayingItem(playback);
	if (playback === undefined || described === undefined) {
		return [];
	}

	const {item} = playback;
	const rows: NowPlayingRow[] = [
		{
			kind: 'item',
			label: kindLabels[described.kind],
			text: described.subtitle === '' ? described.title : `${described.title} · ${described.subtitle}`,
			uri: item?.uri ?? null,
		},
	];
	if (item?.type === 'track') {
		const album = item.album;
		if (album?.id !== null && album?.id !== undefined && album.uri !== null) {
			rows.push({kind: 'album', label: 'Album', text: album.name, id: album.id, uri: album.uri});
		}

		for (const artist of item.artists) {
			if (artist.id !== null && artist.uri !== null) {
				rows.push({kind: 'artist', label: 'Artist', text: artist.name, id: artist.id, uri: artist.uri});
			}
		}
	}

	const context = playback.context;
	const [, type, id] = context?.uri?.split(':') ?? [];
	if (type === 'playlist' && id !== undefined && context?.uri !== null && context?.uri !== undefined) {
		rows.push({kind: 'playlist', label: 'From', text: 'its playlist', id, uri: context.uri});
	}

	return rows;
}

const kindLabels = {
	track: 'Track',
	local: 'Local file',
	episode: 'Episode',
	chapter: 'Chapter',
	ad: 'Ad',
	unknown: 'Playing',
} as const;
