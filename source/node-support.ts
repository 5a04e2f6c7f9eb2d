// The oldest Node musicterminal runs on: what its dependencies (Ink 8, conf 16, got 16, commander 15)
// need. Read by the executable's first module before anything else, and by doctor.

export const oldestNode = '22.12';

/** Whether `version` (`v22.12.0` or `22.12.0`) is `oldestNode` or newer. */
export function isSupportedNode(version: string): boolean {
	const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
	const [oldestMajor = 0, oldestMinor = 0] = oldestNode.split('.').map(Number);
	return major > oldestMajor || (major === oldestMajor && minor >= oldestMinor);
}
