import {afterEach, describe, expect, test, vi} from 'vitest';
import {startStatusExpiry, statusLifetimeMs} from '../../../source/ui/services/status-expiry.js';
import {createUiStore} from '../../../source/ui/store/ui-store.js';
import {keys, searched, startState} from '../state/ui-state-builders.js';

afterEach(() => {
	vi.useRealTimers();
});

describe('a message in the status line', () => {
	test('goes after a few seconds, so the hints come back; a newer one gets its own time', () => {
		vi.useFakeTimers();
		const store = createUiStore(searched('one', 1, 1, startState({canPlay: false})));
		const stop = startStatusExpiry(store);
		store.dispatch({type: 'key', press: {name: 'space', text: ' '}});
		expect(store.getState().status?.kind).toBe('error');
		vi.advanceTimersByTime(statusLifetimeMs.error - 1000);
		store.dispatch({type: 'key', press: {name: 'd'}});
		const second = store.getState().status;
		vi.advanceTimersByTime(1000);
		expect(store.getState().status).toBe(second);
		vi.advanceTimersByTime(statusLifetimeMs.error);
		expect(store.getState().status).toBeUndefined();
		stop();
	});

	test('the start-up notice stays a little longer, unless a key clears it', () => {
		vi.useFakeTimers();
		const state = {
			...startState(),
			status: {kind: 'info' as const, text: 'Your login expires in 3 days.', id: 1},
		};
		const store = createUiStore(keys(state));
		const stop = startStatusExpiry(store);
		vi.advanceTimersByTime(statusLifetimeMs.info - 1);
		expect(store.getState().status?.text).toBe('Your login expires in 3 days.');
		vi.advanceTimersByTime(1);
		expect(store.getState().status).toBeUndefined();
		stop();
	});
});
