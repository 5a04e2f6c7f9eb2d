import {
	closeSync,
	linkSync,
	openSync,
	readFileSync,
	renameSync,
	statSync,
	utimesSync,
	writeSync,
} from 'node:fs';
import {hostname} from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';
import {removeIfPresent} from './remove-if-present.js';

/**
 * A lock file beside the token store, so that one process at a time refreshes (or replaces) the
 * login. It records who holds it; a holder that died is noticed at once on this machine (its pid
 * is gone), and anywhere after `staleMs` without the heartbeat a live holder keeps up.
 */
export type TokenLockOptions = {
	/** A lock untouched this long is left over from a holder that stopped. */
	readonly staleMs?: number;
	/** After this long behind a live holder, go ahead without the lock rather than wait on. */
	readonly maxWaitMs?: number;
};

type Holder = {readonly pid: number; readonly host: string; readonly nonce: string};

const defaultStaleMs = 10_000;
// A refresh is three tries of 15 s at worst: a live holder is waited for that long.
const defaultMaxWaitMs = 60_000;

/** Runs `task` holding the lock at `lockPath`; the lock's folder must exist. */
export async function withTokenLock<Result>(
	lockPath: string,
	task: () => Promise<Result>,
	options: TokenLockOptions = {},
): Promise<Result> {
	const release = await acquire(lockPath, options);
	try {
		return await task();
	} finally {
		release();
	}
}

async function acquire(lockPath: string, options: TokenLockOptions): Promise<() => void> {
	const staleMs = options.staleMs ?? defaultStaleMs;
	const giveUpAt = Date.now() + (options.maxWaitMs ?? defaultMaxWaitMs);
	const me: Holder = {pid: process.pid, host: hostname(), nonce: Math.random().toString(36).slice(2)};
	let pause = 2;
	for (;;) {
		if (tryCreate(lockPath, me)) {
			return holding(lockPath, me, staleMs);
		}

		const leftOver = leftOverLock(lockPath, staleMs);
		if (leftOver !== undefined) {
			breakLeftOver(lockPath, leftOver, me);
			continue;
		}

		if (Date.now() >= giveUpAt) {
			return () => {};
		}

		await sleep(pause);
		pause = Math.min(pause * 2, 50);
	}
}

function tryCreate(lockPath: string, me: Holder): boolean {
	let descriptor: number;
	try {
		descriptor = openSync(lockPath, 'wx', 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			return false;
		}

		throw error;
	}

	try {
		writeSync(descriptor, JSON.stringify(me));
	} finally {
		closeSync(descriptor);
	}

	return true;
}

/** Keeps the lock fresh while held; the release removes it only if it is still this holder's. */
function holding(lockPath: string, me: Holder, staleMs: number): () => void {
	const heartbeat = setInterval(
		() => {
			try {
				const now = new Date();
				utimesSync(lockPath, now, now);
			} catch {
				// Gone: broken by another process that thought this one stopped; releasing is then a no-op.
			}
		},
		Math.max(staleMs / 4, 50),
	);
	heartbeat.unref();
	return () => {
		clearInterval(heartbeat);
		try {
			if (readHolder(lockPath)?.nonce === me.nonce) {
				removeIfPresent(lockPath);
			}
		} catch {
			// Left behind, it is recognised as left over by its pid.
		}
	};
}

/** The inode of the lock when its holder has stopped; undefined while it is held (or gone). */
function leftOverLock(lockPath: string, staleMs: number): number | undefined {
	let lock: {mtimeMs: number; ino: number};
	try {
		lock = statSync(lockPath);
	} catch {
		// Released meanwhile: try again at once.
		return undefined;
	}

	const holder = readHolder(lockPath);
	const holderGone = holder !== undefined && holder.host === hostname() && !processExists(holder.pid);
	return holderGone || Date.now() - lock.mtimeMs > staleMs ? lock.ino : undefined;
}

/**
 * Moves the left-over lock out of the way under a name of this process's own, then checks that it
 * moved the lock it judged (another process may have broken it and taken a new one meanwhile); a
 * live lock taken by mistake is put back.
 */
function breakLeftOver(lockPath: string, judgedInode: number, me: Holder): void {
	const moved = `${lockPath}.${me.nonce}.stale`;
	try {
		renameSync(lockPath, moved);
	} catch {
		return;
	}

	try {
		if (statSync(moved).ino !== judgedInode) {
			linkSync(moved, lockPath);
		}
	} catch {
		// Another lock is in place already.
	}

	removeIfPresent(moved);
}

function readHolder(lockPath: string): Holder | undefined {
	try {
		const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<Holder>;
		return typeof holder.pid === 'number' &&
			typeof holder.host === 'string' &&
			typeof holder.nonce === 'string'
			? {pid: holder.pid, host: holder.host, nonce: holder.nonce}
			: undefined;
	} catch {
		return undefined;
	}
}

function processExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, as another user's process.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
