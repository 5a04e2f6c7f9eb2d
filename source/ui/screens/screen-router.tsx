import {useUiState} from '../hooks/use-ui-state.js';
import {playerFacts} from '../state/player-view.js';
import {currentScreen} from '../state/ui-state.js';
import {DevicesOverlay} from './devices-overlay.js';
import {HelpOverlay} from './help-overlay.js';
import {ListScreen} from './list-screen.js';
import {SearchScreen} from './search-screen.js';

/** The overlay if one is open, else the screen on top of the navigation. */
export function ScreenRouter({width, height}: {width: number; height: number}) {
	const overlay = useUiState((state) => state.overlay);
	const screen = useUiState(currentScreen);
	const search = useUiState((state) => state.search);
	const playback = useUiState((state) => state.player.playback);
	switch (overlay.kind) {
		case 'help': {
			return <HelpOverlay width={width} height={height} offset={overlay.offset} />;
		}

		case 'devices': {
			return <DevicesOverlay list={overlay.list} reason={overlay.reason} width={width} height={height} />;
		}

		case 'none': {
			return screen.kind === 'search' ? (
				<SearchScreen search={search} width={width} height={height} />
			) : (
				<ListScreen
					key={screen.list.id}
					list={screen.list}
					context={{playingUri: playerFacts(playback).itemUri}}
					width={width}
					height={height}
				/>
			);
		}
	}
}
