import {readFile, stat} from 'node:fs/promises';
import {type StoredSession, TokenStore, TokenStoreError} from '../auth/token-store.js';
import {type CheckResult, failure, pass} from './check-result.js';

const title = 'Token store';

/**
 * The login's file: there, readable by its owner only (it holds the refresh token), and
 * understood. Its session, when there is one for this client_id, is handed on.
 */
export async function checkTokenStore(
	directory: string,
	{clientId, platform}: {clientId: string; platform: NodeJS.Platform},
): Promise<{result: CheckResult; session: StoredSession | undefined}> {
	const store = new TokenStore({directory});
	const {path} = store;
	const login = 'Run `musicterminal login`.';
	let mode: number;
	try {
		mode = (await stat(path)).mode & 0o777;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {
			result:
				code === 'ENOENT'
					? failure('token-store', title, `${path} does not exist: you are not logged in`, login)
					: failure(
							'token-store',
							title,
							`${path} cannot be read (${code ?? String(error)})`,
							fixAccess(path),
						),
			session: undefined,
		};
	}

	const problem = await readProblem(path);
	if (problem !== undefined) {
		return {
			result: failure('token-store', title, `${path} ${problem.detail}`, problem.fix),
			session: undefined,
		};
	}

	let session: StoredSession | undefined;
	try {
		session = store.read();
	} catch (error) {
		if (error instanceof TokenStoreError) {
			return {result: failure('token-store', title, error.message, login), session: undefined};
		}

		throw error;
	}

	if (session === undefined) {
		return {result: failure('token-store', title, `${path} holds no login`, login), session: undefined};
	}

	if (session.clientId !== clientId) {
		return {
			result: failure(
				'token-store',
				title,
				`${path} holds a login for another app (another client_id than the config's)`,
				login,
			),
			session: undefined,
		};
	}

	// Windows has no such permission bits; its files are private to their owner by their folder.
	if (platform !== 'win32' && (mode & 0o077) !== 0) {
		const result = failure(
			'token-store',
			title,
			`${path} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}), and it holds your refresh token`,
			`Run chmod 600 ${path}.`,
		);
		// The login in it still works: the checks that follow are worth making.
		return {result, session};
	}

	return {result: pass('token-store', title, `${path}, readable by you only`), session};
}

async function readProblem(path: string): Promise<{detail: string; fix: string} | undefined> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		return {
			detail: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
			fix: fixAccess(path),
		};
	}

	try {
		JSON.parse(text);
		return undefined;
	} catch {
		return {
			detail: 'is not valid JSON, so the login in it cannot be used',
			fix: 'Run `musicterminal login`: the unreadable file is kept beside the new one, not deleted.',
		};
	}
}

function fixAccess(path: string): string {
	return `Make it yours and readable (chmod 600 ${path}), or run \`musicterminal login\` to write a new one.`;
}
