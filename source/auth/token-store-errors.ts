import {statSync} from 'node:fs';
import {dirname} from 'node:path';
import {UserFacingError} from '../errors.js';

/** The token store cannot be used as it is; the message says what happened to it and what to do. */
export class TokenStoreError extends UserFacingError {
	override readonly name: string = 'TokenStoreError';
}

/** The store could not be understood and was moved aside, every byte kept, to `movedTo`. */
export class UnreadableTokenStoreError extends TokenStoreError {
	override readonly name = 'UnreadableTokenStoreError';
	readonly movedTo: string | undefined;

	constructor(message: string, movedTo: string | undefined) {
		super(message);
		this.movedTo = movedTo;
	}
}

/** The operating system refuses musicterminal the store (its owner or mode): it is left where it is. */
export class TokenStoreAccessError extends TokenStoreError {
	override readonly name = 'TokenStoreAccessError';
}

export function errorCode(error: unknown): string | undefined {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
}

export function isPermissionError(error: unknown): boolean {
	const code = errorCode(error);
	return code === 'EACCES' || code === 'EPERM';
}

/** What is wrong with the owner or mode of the store (or its folder), and the commands that mend it. */
export function accessProblem(path: string, action: 'read' | 'write'): TokenStoreAccessError {
	const folder = dirname(path);
	const myUid = process.getuid?.();
	const target = action === 'read' ? ownerAndMode(path) : ownerAndMode(folder);
	const what = action === 'read' ? `the token store ${path}` : `the folder ${folder}`;
	const wanted = action === 'read' ? '600' : '700';
	const subject = action === 'read' ? path : folder;
	if (target === undefined) {
		return new TokenStoreAccessError(
			`musicterminal may not ${action === 'read' ? 'read' : 'write'} ${what}, nor look into ${folder} (permission denied): make the folder yours with \`chmod 700 '${folder}'\` (as its owner), then try again. Nothing was moved or changed.`,
		);
	}

	const owner =
		myUid === undefined || target.uid === myUid
			? `it is yours, with mode ${target.mode}`
			: `it belongs to uid ${target.uid} (mode ${target.mode}), and musicterminal runs as uid ${myUid}`;
	const fix =
		myUid === undefined || target.uid === myUid
			? `\`chmod ${wanted} '${subject}'\``
			: `\`sudo chown "$(id -u)" '${subject}'\` and \`chmod ${wanted} '${subject}'\``;
	return new TokenStoreAccessError(
		`musicterminal may not ${action} ${what} (permission denied): ${owner}. Make it yours and private with ${fix}, then try again. Nothing was moved or changed.`,
	);
}

function ownerAndMode(path: string): {uid: number; mode: string} | undefined {
	try {
		const stats = statSync(path);
		return {uid: stats.uid, mode: (stats.mode & 0o777).toString(8).padStart(4, '0')};
	} catch {
		return undefined;
	}
}
