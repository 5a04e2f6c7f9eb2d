import type {Dispatch} from 'react';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {ListPosition, UiAction, UiState} from '../state/ui-state.js';

/** What every list screen gets from the app. */
export type ScreenProps<Screen> = {
	readonly screen: Screen;
	readonly catalog: SpotifyCalls['catalog'];
	readonly dispatch: Dispatch<UiAction>;
	/** The state with every action dispatched so far, rendered or not: what a key acts on. */
	readonly latestState: () => UiState;
	/** False while an overlay (help, devices) has the keys. */
	readonly isActive: boolean;
	readonly filtering: boolean;
	readonly width: number;
	readonly height: number;
};

/** What list screens ask of the player. */
export type PlayActions = {
	/** Plays the album as the context, from `trackUri` or from its start. */
	readonly playAlbum: (albumUri: string, trackUri?: string) => void;
	/** The URI of the track playing now, to mark it. */
	readonly playingUri: string | undefined;
};

/** Where the list on top of the stack stands now, keys not yet rendered included. */
export function latestPosition(latestState: () => UiState, fallback: ListPosition): ListPosition {
	const top = latestState().stack.at(-1);
	return top === undefined || top.kind === 'search' ? fallback : top.position;
}
