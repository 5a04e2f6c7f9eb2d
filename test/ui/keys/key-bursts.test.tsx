import fc from 'fast-check';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {useKeypresses} from '../../../source/ui/hooks/use-keypresses.js';
import {useTerminalReports} from '../../../source/ui/hooks/use-terminal-reports.js';
import type {UiState} from '../../../source/ui/state/ui-state.js';
import {createUiStore, type UiStore} from '../../../source/ui/store/ui-store.js';
import {artist, keys, reduce, searched, startState} from '../state/ui-state-builders.js';

// What a terminal sends for each key: arrows and pages as escape sequences, the rest as typed.
const keySequences = [
	'\u001B[A',
	'\u001B[B',
	'\u001B[C',
	'\u001B[D',
	'\u001B[5~',
	'\u001B[6~',
	'\u001B[H',
	'\u001B[F',
	'\r',
	'\u001B',
	'\u007F',
	'\u0017',
	'\u0015',
	'\u0001',
	'\u0005',
	...'jkgGhlfa/?qdnprs+- xyzé',
];

/** The store's state after `writes` reach the app's one key handler, as a terminal would send them. */
async function afterInput(start: UiState, writes: readonly string[]): Promise<UiState> {
	const store = createUiStore(start);
	function KeysOnly({store: keysTo}: {store: UiStore}) {
		useKeypresses(keysTo);
		useTerminalReports(keysTo);
		return <Text>keys</Text>;
	}

	const view = render(<KeysOnly store={store} />);
	try {
		for (const data of writes) {
			view.stdin.write(data);
		}

		// A lone Escape is told apart from the start of a sequence a moment later.
		await new Promise((resolve) => setImmediate(resolve));
		return store.getState();
	} finally {
		view.unmount();
	}
}

/** A list of 30 artists of 60, the search box and the player keys in reach. */
function browsing(): UiState {
	const state = searched('the', 30, 60);
	return reduce(keys(state), {
		type: 'history-loaded',
		recent: [artist(1).name, artist(2).name],
	});
}

describe('keys that arrive together', () => {
	test('any 1 to 500 keys end in the same state in one burst as one at a time, and never throw', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom(...keySequences), {minLength: 1, maxLength: 500}),
				async (pressed) => {
					const oneAtATime = await afterInput(browsing(), pressed);
					const burst = await afterInput(browsing(), [pressed.join('')]);
					expect(burst).toEqual(oneAtATime);
				},
			),
			{numRuns: 60},
		);
	});

	test('Esc Esc in one read goes back twice, as two presses do', async () => {
		const start = browsing();
		const expected = keys(start, 'escape', 'escape');
		expect(expected.stack.length).toBe(start.stack.length - 2);
		// Ink holds an Escape at the end of a read a moment, in case a sequence follows: wait for the keys.
		const store = createUiStore(start);
		function KeysOnly() {
			useKeypresses(store);
			return <Text>keys</Text>;
		}

		const view = render(<KeysOnly />);
		try {
			const wentBack = new Promise<void>((resolve) => {
				store.subscribe(() => {
					if (store.getState().stack.length < start.stack.length - 1) {
						resolve();
					}
				});
			});
			view.stdin.write('\u001B\u001B');
			await wentBack;
			expect(store.getState().stack).toEqual(expected.stack);
		} finally {
			view.unmount();
		}
	});

	test("the terminal's focus reports are no keys: focus in is counted, focus out is nothing", async () => {
		const state = await afterInput(startState(), ['\u001B[I', '\u001B[O', '\u001B[I']);
		expect(state.attention).toEqual({keys: 0, focus: 2});
		expect(state.search.field.text).toBe('');
	});

	test('a held arrow key (80 ↓ in one read) stops at the last row loaded and asks for the next page', async () => {
		const state = await afterInput(browsing(), ['\u001B[B'.repeat(80)]);
		const screen = state.stack.at(-1);
		expect(screen?.kind === 'list' ? screen.list.selected : -1).toBe(29);
		expect(screen?.kind === 'list' ? screen.list.inFlight : []).toEqual([{offset: 30, limit: 10}]);
	});
});
