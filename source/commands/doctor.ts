import type {CheckResult} from '../doctor/check-result.js';
import {countOf, doctorJson, doctorText} from '../doctor/doctor-report.js';
import {type DoctorTuning, runDoctor} from '../doctor/run-doctor.js';
import {UserFacingError} from '../errors.js';
import {counted} from '../format/counted.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

export type DoctorCommandOptions = GlobalOptions & {readonly json?: boolean | undefined};

/** Some check failed; the report says which and what to do. Warnings alone are not a failure. */
export class DoctorFoundProblemsError extends UserFacingError {
	override readonly name = 'DoctorFoundProblemsError';

	constructor(failed: readonly CheckResult[]) {
		super(
			`${failed.length === 1 ? 'a check failed' : `${counted(failed.length, 'check')} failed`} (${failed.map(({title}) => title).join(', ')}): see above for what to do.`,
		);
	}
}

/** `musicterminal doctor`: the setup checked from the config to the devices, with a fix for each problem. */
export async function runDoctorCommand(
	options: DoctorCommandOptions,
	io: CommandIo,
	tuning: DoctorTuning = {},
): Promise<void> {
	const results = await runDoctor(options, io, tuning);
	io.stdout(options.json === true ? doctorJson(results) : doctorText(results));
	if (countOf(results, 'failure') > 0) {
		throw new DoctorFoundProblemsError(results.filter(({status}) => status === 'failure'));
	}
}
