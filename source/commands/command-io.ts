import type {Readable} from 'node:stream';

/** What a command reads and writes; tests hand in their own. */
export type CommandIo = {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly stdin: Readable;
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
	readonly homedir: string;
	readonly platform: NodeJS.Platform;
	readonly now: () => number;
	/** The terminal's width when stdout is one; undefined when piped, so output is never cut. */
	readonly columns?: number | undefined;
};

/** Options every command accepts. */
export type GlobalOptions = {
	/** `--config PATH` */
	readonly config?: string | undefined;
};
