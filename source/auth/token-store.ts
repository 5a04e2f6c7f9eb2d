import {mkdirSync, renameSync} from 'node:fs';
import {homedir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import Conf from 'conf';
import {rememberSecret} from '../format/redact.js';
import {removeIfPresent} from './remove-if-present.js';
import {
	parseTokenFileText,
	readTokenFile,
	type StoredSession,
	TokenFileFormatError,
} from './stored-session.js';
import {type TokenLockOptions, withTokenLock} from './token-lock.js';
import {
	accessProblem,
	errorCode,
	isPermissionError,
	TokenStoreError,
	UnreadableTokenStoreError,
} from './token-store-errors.js';

export type {StoredSession} from './stored-session.js';
export {TokenStoreAccessError, TokenStoreError, UnreadableTokenStoreError} from './token-store-errors.js';

export type TokenStoreOptions = {
	/** Where tokens.json lives: beside config.yaml, in `$XDG_CONFIG_HOME/musicterminal`. */
	readonly directory: string;
	/** Milliseconds since the epoch. */
	readonly now?: () => number;
	readonly lock?: TokenLockOptions;
};

/** `$XDG_CONFIG_HOME/musicterminal`, on every platform, as for config.yaml. */
export function defaultTokenDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const configHome = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
	return join(configHome, 'musicterminal');
}

/** The login's tokens are kept out of everything written, the old ones too once replaced. */
function rememberSessionSecrets(session: StoredSession | undefined): void {
	rememberSecret(session?.refreshToken);
	rememberSecret(session?.accessToken);
}

/** tokens.json in the token directory. */
export function tokenStorePath(directory: string): string {
	return join(directory, 'tokens.json');
}

type TokenFile = {session?: StoredSession};

/**
 * The login's tokens in tokens.json, kept with conf and shared by every musicterminal process of
 * the user. conf reads the file afresh on every access and replaces it in one step (0600) on every
 * write; whoever changes it holds the lock beside it. A file that cannot be understood is moved
 * aside, never wiped; one the user may not read is left alone.
 */
export class TokenStore {
	readonly #options: TokenStoreOptions;
	#opened: Conf<TokenFile> | undefined;

	constructor(options: TokenStoreOptions) {
		this.#options = options;
	}

	get path(): string {
		return tokenStorePath(this.#options.directory);
	}

	/** The stored login, or undefined when there is none. */
	read(): StoredSession | undefined {
		let content: TokenFile;
		try {
			content = this.#conf().store;
		} catch (error) {
			if (error instanceof TokenFileFormatError) {
				throw this.#moveAside(error.message);
			}

			if (isPermissionError(error)) {
				throw accessProblem(this.path, 'read');
			}

			throw new TokenStoreError(
				`the token store ${this.path} cannot be read (${errorCode(error) ?? String(error)}): move it away, then run \`musicterminal login\`.`,
			);
		}

		const read = readTokenFile(content, this.#now());
		if ('problem' in read) {
			throw this.#moveAside(read.problem);
		}

		rememberSessionSecrets(read.session);
		return read.session;
	}

	/**
	 * Runs `task` as the one process changing the store: others wait for it (a holder that died is
	 * passed over), so a refresh reads what the last one wrote.
	 */
	async locked<Result>(task: () => Promise<Result>): Promise<Result> {
		this.#makeDirectory();
		let holding = false;
		try {
			return await withTokenLock(
				`${this.path}.lock`,
				async () => {
					holding = true;
					return task();
				},
				this.#options.lock,
			);
		} catch (error) {
			if (holding || errorCode(error) === undefined) {
				throw error;
			}

			throw isPermissionError(error)
				? accessProblem(this.path, 'write')
				: new TokenStoreError(
						`cannot take the lock ${this.path}.lock beside the token store (${errorCode(error)}): check that ${dirname(this.path)} is a folder you may write to.`,
					);
		}
	}

	/** Replaces the stored login at once; for a caller holding the lock, after reading the store. */
	write(session: StoredSession): void {
		rememberSessionSecrets(session);
		try {
			this.#conf().store = {session};
		} catch (error) {
			throw isPermissionError(error) ? accessProblem(this.path, 'write') : error;
		}
	}

	/**
	 * Stores a new login in place of whatever is there; an unreadable store is moved aside first,
	 * so a login always lands. Returns where that store went, if one was moved.
	 */
	async replace(session: StoredSession): Promise<string | undefined> {
		return this.locked(async () => {
			const movedTo = this.#setAsideIfUnreadable();
			this.write(session);
			return movedTo;
		});
	}

	/** Forgets the login: tokens.json is removed. Says where an unreadable store went, if one was moved. */
	async remove(): Promise<{hadLogin: boolean; movedTo: string | undefined}> {
		return this.locked(async () => {
			let hadLogin = false;
			let movedTo: string | undefined;
			try {
				hadLogin = this.read() !== undefined;
			} catch (error) {
				if (!(error instanceof UnreadableTokenStoreError)) {
					throw error;
				}

				movedTo = error.movedTo;
			}

			try {
				removeIfPresent(this.path);
			} catch (error) {
				throw isPermissionError(error) ? accessProblem(this.path, 'write') : error;
			}

			return {hadLogin, movedTo};
		});
	}

	#setAsideIfUnreadable(): string | undefined {
		try {
			this.read();
			return undefined;
		} catch (error) {
			if (error instanceof UnreadableTokenStoreError) {
				return error.movedTo;
			}

			throw error;
		}
	}

	/** conf over tokens.json; opening it reads the file, so a file it cannot read fails here too. */
	#conf(): Conf<TokenFile> {
		this.#opened ??= new Conf<TokenFile>({
			cwd: this.#options.directory,
			configName: 'tokens',
			configFileMode: 0o600,
			// A store that cannot be read is moved aside by us, never wiped by conf.
			clearInvalidConfig: false,
			deserialize: parseTokenFileText,
		});
		return this.#opened;
	}

	#makeDirectory(): void {
		try {
			mkdirSync(this.#options.directory, {recursive: true, mode: 0o700});
		} catch (error) {
			throw isPermissionError(error) ? accessProblem(this.path, 'write') : error;
		}
	}

	#now(): number {
		return this.#options.now?.() ?? Date.now();
	}

	/** Renames the unreadable file out of the way, keeping every byte, and says where it went. */
	#moveAside(reason: string): TokenStoreError {
		const stamp = new Date(this.#now()).toISOString().replaceAll(/[:.]/g, '-');
		const aside = `${this.path}.unreadable-${stamp}`;
		try {
			renameSync(this.path, aside);
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return new UnreadableTokenStoreError(
					`the token store ${this.path} could not be read (${reason}). Another musicterminal moved it aside at the same moment, as ${basename(this.path)}.unreadable-… in ${dirname(this.path)}; run \`musicterminal login\` to log in again.`,
					undefined,
				);
			}

			return new TokenStoreError(
				`the token store ${this.path} cannot be read (${reason}) nor moved aside (${errorCode(error) ?? String(error)}): move it away yourself, then run \`musicterminal login\`.`,
			);
		}

		return new UnreadableTokenStoreError(
			`the token store ${this.path} could not be read (${reason}). It was kept as ${aside}; run \`musicterminal login\` to log in again.`,
			aside,
		);
	}
}
