import {describe, expect, test} from 'vitest';
import {hintFor} from '../../../source/ui/keys/hints.js';
import {commandFor, helpLines, keyLabel, keymap} from '../../../source/ui/keys/keymap.js';
import {keys, reduce, searched, startState} from '../state/ui-state-builders.js';

describe('the keymap', () => {
	test('binds each key once in each place, and every place can quit with Ctrl-C', () => {
		const seen = new Set<string>();
		for (const binding of keymap) {
			for (const context of binding.contexts) {
				for (const key of binding.keys) {
					expect(seen.has(`${context} ${key}`), `${key} in ${context}`).toBe(false);
					seen.add(`${context} ${key}`);
				}
			}
		}

		for (const context of ['search', 'filter', 'list', 'help', 'devices', 'seek'] as const) {
			expect(commandFor(context, 'ctrl+c')).toEqual({do: 'quit'});
		}
	});

	test('letters type in the search box and the filter, and are keys on a list', () => {
		for (const letter of ['j', 'k', 'q', 'f', 'a', 'n', 's', 'h', 'l']) {
			expect(commandFor('search', letter)).toBeUndefined();
			expect(commandFor('filter', letter)).toBeUndefined();
			expect(commandFor('list', letter)).toBeDefined();
		}
	});

	test('→ and l open, ← and h go back; arrows move the cursor in text', () => {
		expect(commandFor('list', 'right')).toEqual({do: 'open'});
		expect(commandFor('list', 'l')).toEqual({do: 'open'});
		expect(commandFor('list', 'left')).toEqual({do: 'back'});
		expect(commandFor('search', 'left')).toEqual({do: 'edit', edit: 'left'});
		expect(commandFor('filter', 'ctrl+w')).toEqual({do: 'edit', edit: 'erase-word'});
	});

	test('the help is the keymap: every binding with a line, with its keys as the hints write them', () => {
		const lines = helpLines();
		for (const binding of keymap.filter((entry) => entry.help !== undefined)) {
			expect(lines).toContainEqual({
				keys: binding.keysLabel ?? binding.keys.map((key) => keyLabel(key)).join(' '),
				text: binding.help,
			});
		}

		expect(keyLabel('ctrl+w')).toBe('Ctrl-W');
		expect(keyLabel('pagedown')).toBe('PgDn');
	});
});

describe('the hints', () => {
	test('the search box: what Tab searches for next, and Esc to the home or back', () => {
		expect(hintFor(startState())).toBe('Enter search · Tab albums · Esc home · Ctrl-C quit');
		expect(hintFor(keys(startState(), 'tab', 'tab', 'tab'))).toContain('Tab artists');
		const deeper = keys(searched('one', 1, 1), '/');
		expect(hintFor(deeper)).toBe('Enter search · Tab albums · ↑/↓ earlier searches · Esc back · Ctrl-C quit');
	});

	test("a list's hint says what Enter does there, and pause or play as the player is", () => {
		const list = searched('one', 1, 1);
		expect(hintFor(list)).toBe(
			'Enter open · Tab albums · space play · ← back · d devices · / search · f filter · ? help · q quit',
		);
		const playing = reduce(list, {
			type: 'playback',
			at: 0,
			settledBefore: 0,
			playback: {is_playing: true, device: {name: 'Desk', volume_percent: 5}, item: null} as never,
		});
		expect(hintFor(playing)).toContain('space pause');
		expect(hintFor(keys(playing, 'space'))).toContain('space play');
		expect(hintFor(searched('one', 1, 1, startState({canPlay: false})))).not.toMatch(/devices|space/);
	});

	test('the device picker, the help and the filter show their own keys', () => {
		const list = searched('one', 1, 1);
		expect(hintFor(keys(list, 'd'))).toBe('↑/↓ choose · Enter play there · Esc close');
		expect(hintFor(keys(list, '?'))).toBe('Esc close · ↑/↓ scroll');
		expect(hintFor(keys(list, 'f'))).toBe('Type to filter · Enter keep · Esc clear · ↑/↓ move');
	});
});
