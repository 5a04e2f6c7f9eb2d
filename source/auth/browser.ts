/** Whether a browser can show up for this user: not over SSH or on Linux without a display. */
export function canOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
	const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
	if (env.SSH_CONNECTION || env.SSH_TTY) {
		return hasDisplay;
	}

	return platform === 'darwin' || platform === 'win32' || hasDisplay;
}

/** Opens the URL in the default browser; rejects when no browser could be started. */
export async function openInBrowser(url: string): Promise<void> {
	const {default: open} = await import('open');
	await open(url);
}
