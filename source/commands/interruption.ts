/**
 * A signal that aborts on Ctrl-C (SIGINT), SIGTERM or SIGHUP, or when stdout's reader goes away
 * (EPIPE, as after `| head -1`): for a command that runs until it is told to stop, and then ends
 * quietly. `release` removes the signal handlers; a closed stdout stays expected until the end.
 */
export function interruption(): {signal: AbortSignal; release(): void} {
	const controller = new AbortController();
	const stop = () => {
		controller.abort();
	};

	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
	for (const name of signals) {
		process.on(name, stop);
	}

	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			throw error;
		}

		stop();
	});
	return {
		signal: controller.signal,
		release() {
			for (const name of signals) {
				process.off(name, stop);
			}
		},
	};
}
