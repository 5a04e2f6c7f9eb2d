import {isScalar} from 'yaml';
import {kindOf, type Reading, type ValueNode} from './read-values.js';

export const pollIntervalLimits = {minSeconds: 1, maxSeconds: 60, defaultSeconds: 5} as const;

const range = `from ${pollIntervalLimits.minSeconds} to ${pollIntervalLimits.maxSeconds}`;
const example = `poll_interval: ${pollIntervalLimits.defaultSeconds}`;

/**
 * Seconds between reads of the player while something plays: a number such as 5 or 2.5, also
 * written as text ('5', '5s'). Below a second, a Development Mode app soon meets Spotify's rate limit.
 */
export function readPollInterval(node: ValueNode): Reading<number> {
	if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) {
		return {value: undefined};
	}

	const seconds = isScalar(node) ? secondsIn(node.value) : undefined;
	if (seconds === undefined) {
		const shown = isScalar(node) && typeof node.value === 'string' ? `"${node.value}"` : kindOf(node);
		return {
			problem: {
				wrong: `poll_interval is ${shown}, which is not a number of seconds`,
				fix: `Use a number of seconds ${range}, such as ${example} (the default)`,
			},
		};
	}

	if (seconds < pollIntervalLimits.minSeconds) {
		return {
			problem: {
				wrong: `poll_interval is ${seconds} seconds, faster than Spotify's rate limit lets an app keep up`,
				fix: `Use ${pollIntervalLimits.minSeconds} or more; ${pollIntervalLimits.defaultSeconds}, the default, stays well within it`,
			},
		};
	}

	if (seconds > pollIntervalLimits.maxSeconds) {
		return {
			problem: {
				wrong: `poll_interval is ${seconds} seconds, longer than the ${pollIntervalLimits.maxSeconds} musicterminal allows`,
				fix: `Use a number of seconds ${range}, such as ${example} (the default)`,
			},
		};
	}

	return {value: seconds};
}

function secondsIn(value: unknown): number | undefined {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? value : undefined;
	}

	const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/i.exec(value) : null;
	return match?.[1] === undefined ? undefined : Number(match[1]);
}
