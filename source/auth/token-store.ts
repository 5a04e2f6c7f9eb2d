import {renameSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import Conf from 'conf';
import {UserFacingError} from '../errors.js';

/** What a login leaves behind, kept between runs in a 0600 file. */
export type StoredSession = {
	/** The app the tokens belong to; another client_id cannot use them. */
	readonly clientId: string;
	readonly refreshToken: string;
	readonly accessToken: string | undefined;
	/** Milliseconds since the epoch. */
	readonly accessTokenExpiresAt: number | undefined;
	readonly scopes: readonly string[];
	/** When the user consented; Spotify refuses refresh six months later, however often it refreshed. */
	readonly authorizedAt: number;
};

type TokenFile = {
	session?: StoredSession;
};

export class TokenStoreError extends UserFacingError {
	override readonly name = 'TokenStoreError';
}

export type TokenStoreOptions = {
	/** Where tokens.json lives: beside config.yaml, in `$XDG_CONFIG_HOME/musicterminal`. */
	readonly directory: string;
	readonly now?: () => Date;
};

/** `$XDG_CONFIG_HOME/musicterminal`, on every platform, as for config.yaml. */
export function defaultTokenDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const configHome = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
	return join(configHome, 'musicterminal');
}

/**
 * The login's tokens, stored with conf. A file that cannot be understood is moved aside, never
 * wiped, so a refresh token in it is not lost.
 */
export class TokenStore {
	readonly #options: TokenStoreOptions;
	#conf: Conf<TokenFile> | undefined;

	constructor(options: TokenStoreOptions) {
		this.#options = options;
	}

	get path(): string {
		return join(this.#options.directory, 'tokens.json');
	}

	/** The stored login; a store that cannot be understood is moved aside and reported. */
	read(): StoredSession | undefined {
		const problem = this.#problem();
		if (problem !== undefined) {
			throw this.#moveAside(problem);
		}

		return this.#open().get('session');
	}

	/** Stores a login; a store that cannot be understood is first moved aside, so a login always lands. */
	write(session: StoredSession): void {
		this.#setAsideIfUnreadable();
		this.#open().set('session', session);
	}

	clear(): void {
		this.#setAsideIfUnreadable();
		this.#open().delete('session');
	}

	#setAsideIfUnreadable(): void {
		const problem = this.#problem();
		if (problem !== undefined) {
			this.#moveAside(problem);
		}
	}

	/** Why the file cannot be used, or undefined when it can (or does not exist yet). */
	#problem(): string | undefined {
		let session: unknown;
		try {
			session = this.#open().get('session');
		} catch (error) {
			this.#conf = undefined;
			return error instanceof SyntaxError ? 'it is not valid JSON' : String(error);
		}

		return session === undefined || isStoredSession(session)
			? undefined
			: 'it does not hold a login musicterminal understands';
	}

	#open(): Conf<TokenFile> {
		this.#conf ??= new Conf<TokenFile>({
			cwd: this.#options.directory,
			configName: 'tokens',
			configFileMode: 0o600,
			clearInvalidConfig: false,
		});
		return this.#conf;
	}

	/** Renames the unreadable file out of the way, keeping every byte, and says where it went. */
	#moveAside(reason: string): TokenStoreError {
		this.#conf = undefined;
		const stamp = (this.#options.now?.() ?? new Date()).toISOString().replaceAll(/[:.]/g, '-');
		const aside = `${this.path}.unreadable-${stamp}`;
		try {
			renameSync(this.path, aside);
		} catch (error) {
			throw new TokenStoreError(
				`the token store ${this.path} cannot be read (${reason}) nor moved aside (${String(error)}): move it away yourself, then run \`musicterminal login\`.`,
			);
		}

		return new TokenStoreError(
			`the token store ${this.path} could not be read (${reason}). It was kept as ${aside}; run \`musicterminal login\` to log in again.`,
		);
	}
}

function isStoredSession(value: unknown): value is StoredSession {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const session = value as Record<string, unknown>;
	return (
		typeof session.clientId === 'string' &&
		typeof session.refreshToken === 'string' &&
		session.refreshToken !== '' &&
		(session.accessToken === undefined || typeof session.accessToken === 'string') &&
		(session.accessTokenExpiresAt === undefined || typeof session.accessTokenExpiresAt === 'number') &&
		Array.isArray(session.scopes) &&
		session.scopes.every((scope) => typeof scope === 'string') &&
		typeof session.authorizedAt === 'number'
	);
}
