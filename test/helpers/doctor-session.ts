import {readFile, writeFile} from 'node:fs/promises';
import {runDoctorCommand} from '../../source/commands/doctor.js';
import type {DoctorTuning} from '../../source/doctor/run-doctor.js';
import {UserFacingError} from '../../source/errors.js';
import {freePort} from './auth-setup.js';
import type {CommandSession} from './command-session.js';

export type DoctorCheck = {
	id: string;
	title: string;
	status: 'pass' | 'warning' | 'failure' | 'skipped';
	detail: string;
	fix: string | null;
	ms: number | null;
};

export type DoctorRun = {
	/** Each check by id. */
	readonly checks: Record<string, DoctorCheck>;
	readonly ok: boolean;
	/** The message the CLI prints on stderr when a check failed. */
	readonly error: string | undefined;
	/** The ids of checks with this status, in order. */
	with(status: DoctorCheck['status']): string[];
};

/** A Node that is neither too old nor past its end of life, so tests do not depend on the one running them. */
export const supportedNode = 'v24.11.0';

/** `musicterminal doctor --json` in this process, read back. */
export async function runDoctor(session: CommandSession, tuning: DoctorTuning = {}): Promise<DoctorRun> {
	const before = session.stdout().length;
	let error: string | undefined;
	try {
		await runDoctorCommand({config: session.configPath, json: true}, session.io, {
			timeoutMs: 3000,
			nodeVersion: supportedNode,
			...tuning,
		});
	} catch (caught) {
		if (!(caught instanceof UserFacingError)) {
			throw caught;
		}

		error = caught.message;
	}

	const report = JSON.parse(session.stdout().slice(before)) as {ok: boolean; checks: DoctorCheck[]};
	const checks = Object.fromEntries(report.checks.map((check) => [check.id, check]));
	return {
		checks,
		ok: report.ok,
		error,
		with: (status) => report.checks.filter((check) => check.status === status).map(({id}) => id),
	};
}

/** Rewrites the session's config: `key: value` lines replaced or added. */
export async function setConfig(session: CommandSession, values: Record<string, string>): Promise<void> {
	let text = await readFile(session.configPath, 'utf8');
	for (const [key, value] of Object.entries(values)) {
		const line = `${key}: ${value}`;
		const pattern = new RegExp(`^${key}:.*$`, 'm');
		text = pattern.test(text) ? text.replace(pattern, line) : `${text}${line}\n`;
	}

	await writeFile(session.configPath, text);
}

/** A redirect URI on a port free right now, so the check does not meet another test's login. */
export async function withFreeRedirectPort(session: CommandSession): Promise<number> {
	const port = await freePort();
	await setConfig(session, {redirect_uri: `http://127.0.0.1:${port}/callback`});
	return port;
}
