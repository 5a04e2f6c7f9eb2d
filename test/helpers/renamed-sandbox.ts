import {afterEach, beforeEach} from 'vitest';
import {defaultDevices} from '../../source/sandbox/player/devices.js';
import {type Sandbox, type SandboxOptions, startSandbox} from '../../source/sandbox/sandbox.js';

export type RenamedSandboxOptions = Omit<SandboxOptions, 'seed' | 'devices'> & {
	/** Appended to the names of the prolific artist, its albums, its first album's tracks and the devices. */
	readonly suffix: string;
	/**
	 * A catalog seed no other test file uses: a seed's catalog is built once and shared by the
	 * sandboxes of a test file, so renaming its items reaches no other file.
	 */
	readonly seed: number;
};

/**
 * A sandbox for each test whose names end in `suffix` (so that searching their words still finds
 * them); its devices are fresh for each test, as the player changes them.
 */
export function withRenamedSandbox({suffix, seed, ...options}: RenamedSandboxOptions): () => Sandbox {
	let sandbox: Sandbox | undefined;
	beforeEach(async () => {
		const devices = defaultDevices({noneActive: options.noActiveDevice ?? false});
		sandbox = await startSandbox({
			...options,
			seed,
			devices: devices.map((device) => ({...device, name: `${device.name}${suffix}`})),
		});
		appendToNames(sandbox, suffix);
	});
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});
	return () => {
		if (sandbox === undefined) {
			throw new Error('the sandbox runs only inside a test');
		}

		return sandbox;
	};
}

/** Once per catalog: later calls find the names renamed already. */
function appendToNames(sandbox: Sandbox, suffix: string): void {
	const {catalog} = sandbox;
	const artist = catalog.artist(catalog.highlights.prolificArtistId);
	if (artist === undefined || artist.name.endsWith(suffix)) {
		return;
	}

	rename(artist, suffix);
	(artist as {genres: readonly string[]}).genres = [...artist.genres, `genre${suffix}`];
	const albums = catalog.artistAlbums(artist.id, ['album', 'single', 'compilation', 'appears_on']);
	for (const {album} of albums) {
		rename(album, suffix);
	}

	const [first] = albums;
	for (const track of first === undefined ? [] : catalog.albumTracks(first.album.id)) {
		rename(track, suffix);
	}
}

function rename(item: {readonly name: string}, suffix: string): void {
	(item as {name: string}).name = `${item.name}${suffix}`;
}
