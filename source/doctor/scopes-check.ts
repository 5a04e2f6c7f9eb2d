import type {StoredSession} from '../auth/token-store.js';
import type {Config} from '../config/config.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';

const title = 'Scopes';

/** The scopes musicterminal's features need, each with what it makes possible. */
export const featureScopes: ReadonlyArray<{readonly scope: string; readonly features: string}> = [
	{
		scope: 'user-read-playback-state',
		features: 'seeing what plays and your devices (now, devices, the bar, now --follow)',
	},
	{
		scope: 'user-modify-playback-state',
		features: 'controlling playback (play, pause, next, previous, volume, shuffle, repeat, --device)',
	},
];

/** The scopes the login was granted, against those each feature needs and those the config asks for. */
export function checkScopes(session: StoredSession, config: Config): CheckResult {
	const granted = new Set(session.scopes);
	const missing = featureScopes.filter(({scope}) => !granted.has(scope));
	const asked = new Set(config.scopes);
	const configName = config.path ?? 'your config';
	const notAsked = missing.filter(({scope}) => !asked.has(scope));
	if (notAsked.length > 0) {
		return warning(
			'scopes',
			title,
			`the login was not asked for ${describe(notAsked)}`,
			`Add ${notAsked.map(({scope}) => scope).join(' and ')} to scopes in ${configName}, then run \`musicterminal login\`.`,
		);
	}

	if (missing.length > 0) {
		return failure(
			'scopes',
			title,
			`the login lacks ${describe(missing)}, though the config asks for it`,
			'Run `musicterminal login` again and agree to every permission asked.',
		);
	}

	const ungranted = config.scopes.filter((scope) => !granted.has(scope));
	if (ungranted.length > 0) {
		return warning(
			'scopes',
			title,
			`everything musicterminal does is granted, but not ${ungranted.join(', ')}, which the config asks for`,
			'Run `musicterminal login` again to grant them.',
		);
	}

	return pass('scopes', title, `everything musicterminal does is granted (${session.scopes.join(' ')})`);
}

function describe(missing: ReadonlyArray<{scope: string; features: string}>): string {
	return missing.map(({scope, features}) => `${scope}, needed for ${features}`).join('; and ');
}
