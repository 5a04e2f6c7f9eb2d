import {Box, type Key, Text, useApp} from 'ink';
import {useLayoutEffect, useRef, useState} from 'react';
import type {SpotifyCalls} from '../spotify/spotify-client.js';
import {Header} from './components/header.js';
import {NowPlayingBar} from './components/now-playing-bar.js';
import {type Status, StatusLine} from './components/status-line.js';
import {colorTheme, type Theme, ThemeContext} from './components/theme.js';
import {useLatestInput} from './hooks/use-latest-input.js';
import {useNow} from './hooks/use-now.js';
import {usePlayback} from './hooks/use-playback.js';
import {usePlayerActions} from './hooks/use-player-actions.js';
import {useSyncedReducer} from './hooks/use-synced-reducer.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {type ViewKeys, ViewKeysContext} from './hooks/use-view-keys.js';
import type {RetryNotices} from './retry-notices.js';
import {AlbumsScreen} from './screens/albums-screen.js';
import {ArtistsScreen} from './screens/artists-screen.js';
import {DevicesOverlay} from './screens/devices-overlay.js';
import {HelpOverlay, hiddenHelpLines} from './screens/help-overlay.js';
import {SearchScreen} from './screens/search-screen.js';
import {TracksScreen} from './screens/tracks-screen.js';
import {appKeyAction, type PlayerKey, splitInput} from './state/app-keys.js';
import {currentScreen, initialUiState, type Screen, uiReducer} from './state/ui-state.js';

export type AppProps = {
	readonly client: SpotifyCalls;
	readonly retries: RetryNotices;
	readonly theme?: Theme;
	/** Shown in the header's corner, as "demo" when running against the sandbox. */
	readonly note?: string | undefined;
	/** A message for the status line at start, such as a warning that the login ends soon. */
	readonly notice?: string | undefined;
};

export const minimumSize = {columns: 40, rows: 12} as const;

const playbackNeedsLogin =
	'Browsing only: playback needs auth_method: AUTHORIZATION_CODE and `musicterminal login`.';

/** The root: the screen stack, the player bar and the status line, and the keys that work everywhere. */
export function App({client, retries, theme = colorTheme, note, notice: startupNotice}: AppProps) {
	const {exit} = useApp();
	const {state, dispatch, latestState, isRendered} = useSyncedReducer(uiReducer, initialUiState);
	const viewKeys = useRef<ViewKeys>({current: undefined}).current;
	// Keys for the view wait until the screen shows what the keys before them did.
	const waitingKeys = useRef<Array<{input: string; key: Key}>>([]);
	const [status, setStatus] = useState<Status | undefined>(
		startupNotice === undefined ? undefined : {kind: 'info', text: startupNotice},
	);
	const size = useTerminalSize();
	const canPlay = client.tokenKind === 'user';
	const playback = usePlayback(client.player, {enabled: canPlay, retries});
	const actions = usePlayerActions({client, playback, dispatch, setStatus});
	const playing = playback.state?.is_playing === true;
	const now = useNow(1000, playing || playback.waitUntil !== undefined);
	const screen = currentScreen(state);
	// One row short of the terminal, so Ink redraws only what changed instead of clearing the screen.
	const contentHeight = size.rows - 1 - 5;

	useLatestInput((chunk, chunkKey) => {
		for (const {input, key} of splitInput(chunk, chunkKey)) {
			handleKey(input, key);
		}
	});

	useLayoutEffect(() => {
		for (const {input, key} of waitingKeys.current.splice(0)) {
			handleKey(input, key);
		}
	});

	const handleKey = (input: string, key: Key) => {
		if (waitingKeys.current.length > 0) {
			waitingKeys.current.push({input, key});
			return;
		}

		const current = latestState();
		const action = appKeyAction(current, currentScreen(current), input, key, hiddenHelpLines(contentHeight));
		if (action === undefined) {
			if (isRendered()) {
				viewKeys.current?.(input, key);
			} else {
				waitingKeys.current.push({input, key});
			}

			return;
		}

		if (action.type !== 'ignore') {
			setStatus(undefined);
		}

		switch (action.type) {
			case 'quit': {
				exit();
				return;
			}

			case 'ui': {
				dispatch(action.action);
				return;
			}

			case 'player': {
				if (!canPlay) {
					setStatus({kind: 'error', text: playbackNeedsLogin});
					return;
				}

				runPlayerKey(action.key);
				return;
			}

			case 'ignore': {
				return;
			}
		}
	};

	const runPlayerKey = (playerKey: PlayerKey) => {
		const run: Record<PlayerKey, () => void> = {
			toggle: actions.togglePlay,
			next: actions.next,
			previous: actions.previous,
			louder: () => {
				actions.changeVolume(1);
			},
			quieter: () => {
				actions.changeVolume(-1);
			},
			shuffle: actions.toggleShuffle,
			repeat: actions.cycleRepeat,
			devices: () => {
				dispatch({type: 'devices'});
			},
		};
		run[playerKey]();
	};

	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return (
			<Text>
				{`Terminal too small: ${size.columns}×${size.rows}. musicterminal needs at least ${minimumSize.columns}×${minimumSize.rows}. Ctrl-C quits.`}
			</Text>
		);
	}

	const width = size.columns;
	const playAlbum = (albumUri: string, trackUri?: string) => {
		if (canPlay) {
			actions.playAlbum(albumUri, trackUri);
		} else {
			setStatus({kind: 'error', text: playbackNeedsLogin});
		}
	};

	const screenProps = {
		catalog: client.catalog,
		dispatch,
		isActive: state.overlay.kind === 'none',
		filtering: state.filtering,
		width,
		height: contentHeight,
	};
	const playingUri = playback.state?.item?.uri ?? undefined;
	const progressMs = (playback.state?.progress_ms ?? 0) + (playing ? Math.max(0, now - playback.readAt) : 0);
	const waitSeconds = playback.waitUntil === undefined ? 0 : Math.ceil((playback.waitUntil - now) / 1000);
	const notice = !canPlay
		? playbackNeedsLogin
		: waitSeconds > 0
			? `Spotify asks to wait: trying again in ${waitSeconds} s.`
			: undefined;

	return (
		<ThemeContext.Provider value={theme}>
			<ViewKeysContext.Provider value={viewKeys}>
				<Box flexDirection="column" width={width} height={size.rows - 1}>
					<Header trail={trail(state.stack)} width={width} note={note} />
					{state.overlay.kind === 'help' ? (
						<HelpOverlay width={width} height={contentHeight} offset={state.overlay.offset} />
					) : state.overlay.kind === 'devices' ? (
						<DevicesOverlay
							player={client.player}
							selected={state.overlay.selected}
							reason={state.overlay.reason}
							dispatch={dispatch}
							onChoose={actions.chooseDevice}
							width={width}
							height={contentHeight}
						/>
					) : screen.kind === 'search' ? (
						<SearchScreen
							query={state.query}
							recent={state.recent}
							recentIndex={state.recentIndex}
							width={width}
							height={contentHeight}
						/>
					) : screen.kind === 'artists' ? (
						<ArtistsScreen key={state.stack.length} screen={screen} {...screenProps} />
					) : screen.kind === 'albums' ? (
						<AlbumsScreen key={state.stack.length} screen={screen} {...screenProps} playAlbum={playAlbum} />
					) : (
						<TracksScreen
							key={state.stack.length}
							screen={screen}
							{...screenProps}
							playAlbum={playAlbum}
							playingUri={playingUri}
						/>
					)}
					<Box flexGrow={1} />
					<NowPlayingBar state={playback.state} progressMs={progressMs} width={width} notice={notice} />
					<StatusLine
						status={status}
						busy={actions.busy}
						hint={hintFor(screen, state.filtering)}
						width={width}
					/>
				</Box>
			</ViewKeysContext.Provider>
		</ThemeContext.Provider>
	);
}

function trail(stack: readonly Screen[]): string[] {
	const current = stack.at(-1);
	return [
		...stack.map((screen) => crumb(screen)).filter((step) => step !== undefined),
		...(current?.kind === 'search' ? ['Search'] : []),
	];
}

function crumb(screen: Screen): string | undefined {
	switch (screen.kind) {
		case 'search': {
			return undefined;
		}

		case 'artists': {
			return `"${screen.query}"`;
		}

		case 'albums': {
			return screen.artist.name;
		}

		case 'tracks': {
			return screen.album.name;
		}
	}
}

function hintFor(screen: Screen, filtering: boolean): string {
	if (screen.kind === 'search') {
		return 'Enter search · ↑/↓ recent · Esc back · Ctrl-C quit';
	}

	if (filtering) {
		return 'Type to filter · Enter keep · Esc clear';
	}

	const enter = screen.kind === 'tracks' ? 'Enter play' : 'Enter open';
	return `${enter} · Esc back · / search · f filter · d devices · space pause · ? help · q quit`;
}
