import {rm} from 'node:fs/promises';
import {beforeEach, describe, expect, test} from 'vitest';
import {defaultTokenDirectory, TokenStore} from '../../source/auth/token-store.js';
import {startCli} from '../helpers/cli-process.js';
import {withCommandSession} from '../helpers/command-session.js';
import {withFreeRedirectPort} from '../helpers/doctor-session.js';
import {withSandbox} from '../helpers/sandbox-session.js';

const sandbox = withSandbox();
const session = withCommandSession(sandbox);
const cli = (...args: string[]) => startCli(['--config', session().configPath, ...args], session().env);

beforeEach(async () => withFreeRedirectPort(session()));

describe('musicterminal doctor, the built CLI', () => {
	test('a healthy setup exits 0; warnings (such as an old Node) do not fail it', async () => {
		const doctor = cli('doctor');
		expect(await doctor.exit()).toBe(0);
		expect(doctor.stdout()).toMatch(/^(ok {4}|warn {2})Node\.js {7}v\d+/);
		expect(doctor.stdout()).toContain(
			'\nok    Account       Sandbox Listener (sandbox-listener), answered in ',
		);
		expect(doctor.stderr()).toBe('');
	});

	test('a failed check exits 1, with one line on stderr naming it and no stack', async () => {
		await rm(new TokenStore({directory: defaultTokenDirectory(session().env)}).path);
		const doctor = cli('doctor');
		expect(await doctor.exit()).toBe(1);
		expect(doctor.stdout()).toContain('\nFAIL  Token store   ');
		expect(doctor.stdout()).toContain(
			'does not exist: you are not logged in\n                    → Run `musicterminal login`.\n',
		);
		expect(doctor.stderr()).toBe('musicterminal: a check failed (Token store): see above for what to do.\n');
	});

	test('--json: the documented shape, ok false when a check failed', async () => {
		sandbox().controls.ownerPremium = false;
		const doctor = cli('doctor', '--json');
		expect(await doctor.exit()).toBe(1);
		const report = JSON.parse(doctor.stdout()) as {ok: boolean; checks: Array<Record<string, unknown>>};
		expect(report.ok).toBe(false);
		expect(report.checks.find((check) => check.id === 'account')).toEqual({
			id: 'account',
			title: 'Account',
			status: 'failure',
			detail: expect.stringContaining('Active premium subscription required for the owner of the app'),
			fix: expect.any(String),
			ms: expect.any(Number),
		});
		// Checks without a request have no time; a pass has no fix.
		expect(report.checks.find((check) => check.id === 'config')).toMatchObject({fix: null, ms: null});
	});
});
