/** See bundle.js: bundles each entry into the executable `outdir/name.js`, shared code into `outdir/chunks/`. */
export function bundle(
	entries: Record<string, string>,
	outdir: string,
	options?: {external?: string[]},
): Promise<void>;
