import {describe, expect, test} from 'vitest';
import {withConfigHome} from './config-home.js';

const home = withConfigHome();

describe('poll_interval', () => {
	test.each([
		['poll_interval: 2\n', 2],
		['poll_interval: 2.5\n', 2.5],
		["poll_interval: '10'\n", 10],
		['poll_interval: 10s\n', 10],
		['poll_interval:\n', undefined],
		['', undefined],
	])('%j reads as %j seconds (undefined: the default)', async (line, seconds) => {
		await home.write('config.yaml', `client_id: abc\n${line}`);
		const {config, warnings} = await home.load();
		expect(config.pollIntervalSeconds).toBe(seconds);
		expect(warnings).toEqual([]);
	});

	test.each([
		[
			'poll_interval: fast\n',
			'config.yaml:2: poll_interval is "fast", which is not a number of seconds. Use a number of seconds from 1 to 60, such as poll_interval: 5 (the default).',
		],
		[
			'poll_interval: [5]\n',
			'config.yaml:2: poll_interval is a list, which is not a number of seconds. Use a number of seconds from 1 to 60, such as poll_interval: 5 (the default).',
		],
		[
			'poll_interval: 0.2\n',
			"config.yaml:2: poll_interval is 0.2 seconds, faster than Spotify's rate limit lets an app keep up. Use 1 or more; 5, the default, stays well within it.",
		],
		[
			'poll_interval: 600\n',
			'config.yaml:2: poll_interval is 600 seconds, longer than the 60 musicterminal allows. Use a number of seconds from 1 to 60, such as poll_interval: 5 (the default).',
		],
	])('%j is a problem with its line and its fix', async (line, message) => {
		expect(await home.messageFor(`client_id: abc\n${line}`)).toBe(message);
	});
});
