import {redact} from './format/redact.js';

type Write = NodeJS.WriteStream['write'];

/**
 * Every write to `stream` passes the redactor first: the commands' lines, `--json`, doctor, the
 * terminal UI's frames, Commander's messages and whatever is written to it later. The last point
 * text passes before it leaves the process, so no path around it can be added by accident.
 */
export function guardOutput(stream: NodeJS.WriteStream): void {
	const write: Write = stream.write.bind(stream);
	stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean =>
		Reflect.apply(write, stream, [redactedChunk(chunk), ...rest]) as boolean) as Write;
}

function redactedChunk(chunk: string | Uint8Array): string | Uint8Array {
	if (typeof chunk === 'string') {
		return redact(chunk);
	}

	const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
	const redacted = redact(text);
	return redacted === text ? chunk : Buffer.from(redacted, 'utf8');
}
