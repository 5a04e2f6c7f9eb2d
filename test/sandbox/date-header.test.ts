import {expect, test} from 'vitest';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();

test("the Date header follows the sandbox's clock, so a test can put the server's time ahead or behind", async () => {
	const dateOf = async () => Date.parse((await fetch(`${sandbox().origin}/v1/me`)).headers.get('date') ?? '');
	expect(Math.abs((await dateOf()) - Date.now())).toBeLessThan(2000);
	sandbox().clock.advance(-10 * 60_000);
	expect((await dateOf()) - Date.now()).toBeLessThan(-9 * 60_000 + 2000);
	expect((await dateOf()) - Date.now()).toBeGreaterThan(-10 * 60_000 - 2000);
});
