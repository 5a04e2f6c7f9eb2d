import type {CommandIo, GlobalOptions} from '../commands/command-io.js';
import type {Config} from '../config/config.js';
import {ConfigError, formatProblem} from '../config/config-error.js';
import {loadConfig} from '../config/load-config.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';

const title = 'Config';

/** Which config file is used, whether it is valid, and its auth method. */
export async function checkConfig(
	options: GlobalOptions,
	io: CommandIo,
): Promise<{results: CheckResult[]; config: Config | undefined}> {
	let loaded: Awaited<ReturnType<typeof loadConfig>>;
	try {
		loaded = await loadConfig({configPath: options.config, env: io.env, cwd: io.cwd, homedir: io.homedir});
	} catch (error) {
		if (!(error instanceof ConfigError)) {
			throw error;
		}

		const fix =
			error.problems.length === 1
				? 'Do as the line above says, then run `musicterminal doctor` again.'
				: 'Do as each line above says, then run `musicterminal doctor` again.';
		return {
			results: [failure('config', title, error.problems.map(formatProblem).join('\n'), fix)],
			config: undefined,
		};
	}

	const {config, warnings} = loaded;
	const where =
		config.path ??
		'no file: SPOTIFY_CLIENT_ID (and SPOTIFY_CLIENT_SECRET) from the environment, defaults for the rest';
	const found =
		warnings.length === 0
			? pass('config', title, `${where}, valid`)
			: warning(
					'config',
					title,
					[`${where}, valid, but:`, ...warnings].join('\n'),
					'Remove or correct those keys.',
				);
	return {results: [found, checkAuthMethod(config)], config};
}

function checkAuthMethod(config: Config): CheckResult {
	if (config.authMethod === 'CLIENT_CREDENTIALS') {
		return pass(
			'auth-method',
			'Auth method',
			'CLIENT_CREDENTIALS: browse the catalog without a login; no playback (AUTHORIZATION_CODE and `musicterminal login` give both)',
		);
	}

	const secret = config.clientSecret === undefined ? 'PKCE, no client secret' : 'PKCE with the client secret';
	return pass('auth-method', 'Auth method', `AUTHORIZATION_CODE (${secret}): a login, playback too`);
}
