import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {startSandbox} from '../../source/sandbox/sandbox.js';
import {startCli} from '../helpers/cli-process.js';

describe('musicterminal sandbox', () => {
	test('prints a ready config.yaml whose endpoints and keys work, and stops cleanly on SIGTERM', async () => {
		const cli = startCli(['sandbox', '--port', '0']);
		await cli.waitFor('Press Ctrl-C to stop.', 'stderr');

		const config = parse(cli.stdout()) as Record<string, string>;
		expect(config).toMatchObject({api_version: 'v1', auth_method: 'AUTHORIZATION_CODE'});
		expect(config.api_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(config.redirect_uri).toBe('http://127.0.0.1:8888/callback');

		const tokenResponse = await fetch(config.access_token_url ?? '', {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				authorization: `Basic ${Buffer.from(`${config.client_id}:${config.client_secret}`).toString('base64')}`,
			},
			body: 'grant_type=client_credentials',
		});
		const {access_token: token} = (await tokenResponse.json()) as {access_token: string};
		const search = await fetch(`${config.api_url}/${config.api_version}/search?q=night&type=artist`, {
			headers: {authorization: `Bearer ${token}`},
		});
		expect(search.status).toBe(200);

		cli.child.kill('SIGTERM');
		expect(await cli.exit()).toBe(0);
	});

	test('a port already in use ends with a message naming the fix and exit code 1', async () => {
		const occupant = await startSandbox();
		try {
			const cli = startCli(['sandbox', '--port', String(occupant.port)]);
			expect(await cli.exit()).toBe(1);
			expect(cli.stderr()).toBe(
				`musicterminal: port ${occupant.port} on 127.0.0.1 is already in use: choose another with --port, or --port 0 for any free port.\n`,
			);
		} finally {
			await occupant.close();
		}
	});

	test('a port that is not a number is a usage error with exit code 2', async () => {
		const cli = startCli(['sandbox', '--port', 'eighty']);
		expect(await cli.exit()).toBe(2);
		expect(cli.stderr()).toContain("argument 'eighty' is invalid. A port is a whole number from 0 to 65535.");
		expect(cli.stderr()).not.toContain('    at ');
	});
	test('--fault and --scene start it with faults in force and the player as asked', async () => {
		const cli = startCli([
			'sandbox',
			'--port',
			'0',
			'--fault',
			'rate-limit,retry-after=7,path=/v1/search',
			'--scene',
			'ad',
		]);
		await cli.waitFor('Press Ctrl-C to stop.', 'stderr');
		const config = parse(cli.stdout()) as Record<string, string>;
		expect(cli.stderr()).toContain(`at ${config.api_url}/_sandbox (see the README)`);
		const search = await fetch(`${config.api_url}/v1/search?q=night&type=artist`, {
			headers: {authorization: 'Bearer whatever'},
		});
		expect(search.status).toBe(429);
		expect(search.headers.get('retry-after')).toBe('7');
		const overview = (await (await fetch(`${config.api_url}/_sandbox`)).json()) as {
			player: {playing: string};
		};
		expect(overview.player.playing).toBe('ad');
		cli.child.kill('SIGTERM');
		expect(await cli.exit()).toBe(0);
	});

	test('--fault echo answers with errors that repeat what each request carried', async () => {
		const cli = startCli(['sandbox', '--port', '0', '--fault', 'echo']);
		await cli.waitFor('Press Ctrl-C to stop.', 'stderr');
		const config = parse(cli.stdout()) as Record<string, string>;
		const search = await fetch(`${config.api_url}/v1/search?q=night&type=artist`, {
			headers: {authorization: 'Bearer whatever'},
		});
		expect(search.status).toBe(400);
		expect(await search.json()).toEqual({
			error: {status: 400, message: 'Malformed request. You sent Authorization: Bearer whatever and no body'},
		});
		const token = await fetch(`${config.access_token_url}`, {
			method: 'POST',
			headers: {'content-type': 'application/x-www-form-urlencoded'},
			body: 'grant_type=client_credentials',
		});
		expect(await token.json()).toEqual({
			error: 'invalid_request',
			error_description:
				'Malformed request. You sent no Authorization and the body grant_type=client_credentials',
		});
		cli.child.kill('SIGTERM');
		expect(await cli.exit()).toBe(0);
	});

	test.each([
		[
			['--fault', 'rate-limit,retry=3'],
			'--fault "rate-limit,retry=3": "retry=3" is not a setting of rate-limit',
		],
		[['--scene', 'storm'], '--scene "storm" is not a scene: choose from track, episode, local-file'],
	])('%j is a usage error naming what would do', async (flags, message) => {
		const cli = startCli(['sandbox', '--port', '0', ...flags]);
		expect(await cli.exit()).toBe(2);
		expect(cli.stderr()).toContain(`musicterminal: ${message}`);
	});
});
