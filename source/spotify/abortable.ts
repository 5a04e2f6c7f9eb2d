/** `promise`, or a rejection with the signal's reason as soon as `signal` aborts. */
export async function abortable<Value>(
	promise: Promise<Value>,
	signal: AbortSignal | undefined,
): Promise<Value> {
	if (signal === undefined) {
		return promise;
	}

	signal.throwIfAborted();
	let onAbort: (() => void) | undefined;
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => {
			reject(signal.reason);
		};

		signal.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([promise, aborted]);
	} finally {
		if (onAbort !== undefined) {
			signal.removeEventListener('abort', onAbort);
		}
	}
}
