import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';

const synchronizedUpdateMarks = new Set(['\u001B[?2026h', '\u001B[?2026l']);

/** A 100×30 terminal for Ink to draw on in this process: it keeps the last frame and when it came. */
export class InMemoryScreen extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 100;
	readonly rows = 30;
	#frame = '';
	#waiting: Array<() => void> = [];

	/** The last frame drawn, as plain text. */
	get frame(): string {
		return stripVTControlCharacters(this.#frame);
	}

	write(chunk: string | Uint8Array): boolean {
		const text = String(chunk);
		// A frame is the write with text in it; Ink also writes controls alone (the cursor, sync marks).
		if (!synchronizedUpdateMarks.has(text) && stripVTControlCharacters(text).trim() !== '') {
			this.#frame = text;
			for (const wake of this.#waiting.splice(0)) {
				wake();
			}
		}

		return true;
	}

	/** Resolves at the next frame. */
	async nextFrame(): Promise<void> {
		return new Promise((resolve) => {
			this.#waiting.push(resolve);
		});
	}

	/** Resolves with `frame`, or rejects after `timeoutMs` naming `what` and showing the screen. */
	async within(frame: Promise<void>, what: string, timeoutMs = 5000): Promise<void> {
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				reject(new Error(`${what} drew no frame in ${timeoutMs} ms; the screen shows:\n${this.frame}`));
			}, timeoutMs);
		});
		try {
			await Promise.race([frame, late]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** Resolves once a frame shows `wanted`; rejects after `timeoutMs` with the frame in the message. */
	async waitFor(wanted: RegExp, timeoutMs = 20_000): Promise<void> {
		const deadline = performance.now() + timeoutMs;
		while (!wanted.test(this.frame)) {
			if (performance.now() > deadline) {
				throw new Error(`timed out waiting for ${String(wanted)}; the screen shows:\n${this.frame}`);
			}

			await Promise.race([this.nextFrame(), new Promise((resolve) => setTimeout(resolve, 100))]);
		}
	}
}

/** Keys for Ink to read in this process, as a raw-mode terminal sends them. */
export class InMemoryKeyboard extends EventEmitter {
	readonly isTTY = true;
	#pending: string | null = null;

	press(data: string): void {
		this.#pending = data;
		this.emit('readable');
	}

	read(): string | null {
		const data = this.#pending;
		this.#pending = null;
		return data;
	}

	setEncoding(): this {
		return this;
	}

	setRawMode(): this {
		return this;
	}

	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}
}
