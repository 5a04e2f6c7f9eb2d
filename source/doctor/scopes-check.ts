import type {StoredSession} from '../auth/token-store.js';
import type {Config} from '../config/config.js';
import {type FeatureScope, featureScopes} from '../spotify/feature-scopes.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';

const title = 'Scopes';

/** The scopes the login was granted, against those each feature needs and those the config asks for. */
export function checkScopes(session: StoredSession, config: Config): CheckResult {
	const granted = new Set(session.scopes);
	const asked = new Set(config.scopes);
	const configName = config.path ?? 'your config';
	const missing = featureScopes.filter(({scope}) => !granted.has(scope));
	const essential = missing.filter((entry) => entry.essential);
	const notAsked = essential.filter(({scope}) => !asked.has(scope));
	if (notAsked.length > 0) {
		return warning(
			'scopes',
			title,
			`the login was not asked for ${describe(notAsked)}`,
			`Add ${notAsked.map(({scope}) => scope).join(' and ')} to scopes in ${configName}, then run \`musicterminal login\`.`,
		);
	}

	if (essential.length > 0) {
		return failure(
			'scopes',
			title,
			`the login lacks ${describe(essential)}, though the config asks for it`,
			'Run `musicterminal login` again and agree to every permission asked.',
		);
	}

	if (missing.length > 0) {
		const toAdd = missing.filter(({scope}) => !asked.has(scope)).map(({scope}) => scope);
		const addFirst =
			toAdd.length === 0 ? '' : `Add ${toAdd.join(' and ')} to scopes in ${configName}, then run`;
		return warning(
			'scopes',
			title,
			`playback is granted, but not ${describe(missing)}`,
			`${addFirst === '' ? 'Run' : addFirst} \`musicterminal login\` again to allow ${missing.length === 1 ? 'it' : 'them'}.`,
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

function describe(missing: readonly FeatureScope[]): string {
	return missing.map(({scope, features}) => `${scope}, needed for ${features}`).join('; and ');
}
