import {isSupportedNode, oldestNode} from '../node-support.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';

const title = 'Node.js';

// The end of life of each line Node's release schedule publishes (odd lines live about eight months).
const endOfLife: Readonly<Record<number, string>> = {
	18: '2025-04-30',
	19: '2023-06-01',
	20: '2026-04-30',
	21: '2024-06-01',
	22: '2027-04-30',
	23: '2025-06-01',
	24: '2028-04-30',
	25: '2026-06-01',
	26: '2029-04-30',
};

const upgrade = 'Install Node.js 24, the current LTS line (22 works too), and run musicterminal with it.';

/** The running Node: new enough for musicterminal, and still given security fixes. */
export function checkNode(version: string, now: number): CheckResult {
	if (!isSupportedNode(version)) {
		return failure('node', title, `${version} is older than the ${oldestNode} musicterminal needs`, upgrade);
	}

	const major = Number(version.replace(/^v/, '').split('.')[0]);
	const ends = endOfLife[major];
	if (ends !== undefined && Date.parse(`${ends}T00:00:00Z`) <= now) {
		return warning(
			'node',
			title,
			`${version}: Node ${major} reached its end of life on ${ends}, so it gets no more security fixes`,
			upgrade,
		);
	}

	return pass('node', title, ends === undefined ? version : `${version} (supported until ${ends})`);
}
