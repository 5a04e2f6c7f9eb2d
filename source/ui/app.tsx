import {Box, Text, useApp, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {SpotifyCalls} from '../spotify/spotify-client.js';
import {Header} from './components/header.js';
import {NowPlayingBar} from './components/now-playing-bar.js';
import {StatusLine} from './components/status-line.js';
import {colorTheme, type Theme, ThemeContext} from './components/theme.js';
import {useKeypresses} from './hooks/use-keypresses.js';
import {useServices} from './hooks/use-services.js';
import {useTerminalReports} from './hooks/use-terminal-reports.js';
import {terminalSize, useTerminalSize} from './hooks/use-terminal-size.js';
import {useUiState} from './hooks/use-ui-state.js';
import {hintFor} from './keys/hints.js';
import {contentHeight, isTooSmall, minimumSize} from './layout.js';
import type {RetryNotices} from './retry-notices.js';
import {ScreenRouter} from './screens/screen-router.js';
import type {PlayerPolling} from './services/player-poller.js';
import {initialUiState, type Screen} from './state/ui-state.js';
import {createUiStore, UiStoreContext} from './store/ui-store.js';

export type AppProps = {
	readonly client: SpotifyCalls;
	readonly retries: RetryNotices;
	readonly theme?: Theme;
	/** Shown in the header's corner, as "demo" when running against the sandbox. */
	readonly note?: string | undefined;
	/** A message for the status line at start, such as a warning that the login ends soon. */
	readonly notice?: string | undefined;
	/** Where searches are kept across runs; without it they last this run. */
	readonly historyPath?: string | undefined;
	/** How to read the player: the config's poll_interval, and other processes' 429s. */
	readonly polling?: PlayerPolling | undefined;
	/** Where new releases of followed artists are kept across runs; in memory without it. */
	readonly releaseCachePath?: string | undefined;
};

/** The root: the store and its providers, the keys and the services, and the screen's frame. */
export function App({
	client,
	retries,
	theme = colorTheme,
	note,
	notice,
	historyPath,
	polling,
	releaseCachePath,
}: AppProps) {
	const {stdout} = useStdout();
	const [store] = useState(() =>
		createUiStore(initialUiState({size: terminalSize(stdout), canPlay: client.tokenKind === 'user', notice})),
	);
	const {exit} = useApp();
	useKeypresses(store);
	useTerminalReports(store);
	useTerminalSize(store);
	useServices(store, {client, retries, historyPath, polling, releaseCachePath});
	useEffect(
		() =>
			store.subscribe(() => {
				if (store.getState().quitting) {
					exit();
				}
			}),
		[store, exit],
	);
	return (
		<ThemeContext.Provider value={theme}>
			<UiStoreContext.Provider value={store}>
				<Frame note={note} />
			</UiStoreContext.Provider>
		</ThemeContext.Provider>
	);
}

/** Header, screen, player bar and status line, at the terminal's size. */
function Frame({note}: {note: string | undefined}) {
	const size = useUiState((state) => state.size);
	const stack = useUiState((state) => state.stack);
	const player = useUiState((state) => state.player);
	const canPlay = useUiState((state) => state.canPlay);
	const status = useUiState((state) => state.status);
	const hint = useUiState(hintFor);
	if (isTooSmall(size)) {
		return (
			<Text>
				{`Terminal too small: ${size.columns}×${size.rows}. musicterminal needs at least ${minimumSize.columns}×${minimumSize.rows}. Ctrl-C quits.`}
			</Text>
		);
	}

	const width = size.columns;
	return (
		<Box flexDirection="column" width={width} height={size.rows - 1}>
			<Header trail={trail(stack)} width={width} note={note} />
			<ScreenRouter width={width} height={contentHeight(size)} />
			<Box flexGrow={1} />
			<NowPlayingBar
				playback={player.playback}
				readAt={player.readAt}
				waitUntil={player.waitUntil}
				canPlay={canPlay}
				width={width}
			/>
			<StatusLine status={status} busy={player.queue[0]?.label} hint={hint} width={width} />
		</Box>
	);
}

/** Where the user is: the steps from the home (which names itself only when shown). */
function trail(stack: readonly Screen[]): string[] {
	const steps = stack
		.slice(stack.length > 1 ? 1 : 0)
		.flatMap((screen) => (screen.kind === 'list' ? [screen.list.label] : []));
	return stack.at(-1)?.kind === 'search' ? [...steps, 'Search'] : steps;
}
