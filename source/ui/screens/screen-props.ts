import type {Dispatch} from 'react';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';
import type {UiAction} from '../state/ui-state.js';

/** What every list screen gets from the app. */
export type ScreenProps<Screen> = {
	readonly screen: Screen;
	readonly catalog: SpotifyCalls['catalog'];
	readonly dispatch: Dispatch<UiAction>;
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
