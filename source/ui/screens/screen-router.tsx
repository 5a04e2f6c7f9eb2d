import {useUiState} from '../hooks/use-ui-state.js';
import {playerFacts} from '../state/player-view.js';
import {currentScreen} from '../state/ui-state.js';
import {DevicesOverlay} from './devices-overlay.js';
import {HelpOverlay} from './help-overlay.js';
import {ListScreen} from './list-screen.js';
import {SearchScreen} from './search-screen.js';
import {SeekPrompt} from './seek-prompt.js';

/** The overlay if one is open, else the screen on top of the navigation. */
export function ScreenRouter({width, height}: {width: number; height: number}) {
	const overlay = useUiState((state) => state.overlay);
	const screen = useUiState(currentScreen);
	const search = useUiState((state) => state.search);
	const playback = useUiState((state) => state.player.playback);
	const saved = useUiState((state) => state.saved);
	const canPlay = useUiState((state) => state.canPlay);
	const shown = (rows: number) =>
		screen.kind === 'search' ? (
			<SearchScreen search={search} width={width} height={rows} />
		) : (
			<ListScreen
				key={screen.list.id}
				list={screen.list}
				tabs={screen.tabs}
				context={{playingUri: playerFacts(playback).itemUri, saved, canPlay}}
				width={width}
				height={rows}
			/>
		);
	switch (overlay.kind) {
		case 'help': {
			return <HelpOverlay width={width} height={height} offset={overlay.offset} />;
		}

		case 'devices': {
			return <DevicesOverlay list={overlay.list} reason={overlay.reason} width={width} height={height} />;
		}

		case 'seek': {
			// Over the list, whose last line gives way to the time being typed.
			return (
				<>
					{shown(height - 1)}
					<SeekPrompt field={overlay.field} width={width} />
				</>
			);
		}

		case 'none': {
			return shown(height);
		}
	}
}
